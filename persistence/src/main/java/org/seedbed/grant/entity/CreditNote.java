package org.seedbed.grant.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seedbed.organization.entity.Organization;

/**
 * An entry on an organization's credit record (信用档案) that no other table tells: a violation,
 * a commendation or a plain note, tied to a grant when it arose from one. Debarments, late
 * reports and evaluation results already have their own tables and are read from there. Entries
 * are never edited: a correction is another entry.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    public enum Kind {
        VIOLATION,
        COMMENDATION,
        NOTE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grant_id")
    private Grant grant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String text;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CreditNote() {}

    /** {@code grant} may be null for a note about the organization as a whole. */
    public CreditNote(Organization organization, Grant grant, Kind kind, String text, String by, Instant now) {
        this.organization = organization;
        this.grant = grant;
        this.kind = kind;
        this.text = text;
        this.recordedBy = by;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public Organization organization() {
        return organization;
    }

    public Grant grant() {
        return grant;
    }

    public Kind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
