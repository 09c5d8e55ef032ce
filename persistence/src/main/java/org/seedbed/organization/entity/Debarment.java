package org.seedbed.organization.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A period during which an organization may not apply to the city's calls (e.g. three years after a violation). */
@Entity
@Table(name = "organization_debarment")
@NamedQuery(
        name = Debarment.ACTIVE_UNTIL,
        query = "select max(d.endsOn) from Debarment d where d.organization.id = :organizationId"
                + " and d.startsOn <= :day and d.endsOn >= :day")
public class Debarment {

    public static final String ACTIVE_UNTIL = "Debarment.activeUntil";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(nullable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Debarment() {}

    public Debarment(
            Organization organization,
            LocalDate startsOn,
            LocalDate endsOn,
            String reason,
            String recordedBy,
            Instant now) {
        this.organization = organization;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public Long id() {
        return id;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String reason() {
        return reason;
    }
}
