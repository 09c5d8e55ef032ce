package org.seedbed.review.entity;

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
import org.seedbed.submission.entity.Submission;

/**
 * An objection anyone filed during a public notice, about one proposed award or the whole
 * notice, with contact details and optional evidence; officers uphold or dismiss it with a
 * resolution after re-reviewing.
 */
@Entity
@Table(name = "notice_objection")
public class NoticeObjection {

    public enum Status {
        OPEN,
        UPHELD,
        DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private PublicNotice notice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String contact;

    @Column(nullable = false)
    private String text;

    @Column(name = "evidence_name")
    private String evidenceName;

    @Column(name = "evidence_type")
    private String evidenceType;

    @Column(name = "evidence_key")
    private String evidenceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private String resolution;

    @Column(name = "resolved_by")
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    protected NoticeObjection() {}

    public NoticeObjection(
            PublicNotice notice, Submission submission, String name, String contact, String text, Instant now) {
        this.notice = notice;
        this.submission = submission;
        this.name = name;
        this.contact = contact;
        this.text = text;
        this.status = Status.OPEN;
        this.filedAt = now;
    }

    public void attachEvidence(String fileName, String contentType, String storageKey) {
        this.evidenceName = fileName;
        this.evidenceType = contentType;
        this.evidenceKey = storageKey;
    }

    public void resolve(Status outcome, String resolution, String by, Instant now) {
        if (status != Status.OPEN) {
            throw new IllegalStateException("the objection was already resolved");
        }
        this.status = outcome;
        this.resolution = resolution;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public Long id() {
        return id;
    }

    public PublicNotice notice() {
        return notice;
    }

    public Submission submission() {
        return submission;
    }

    public String name() {
        return name;
    }

    public String contact() {
        return contact;
    }

    public String text() {
        return text;
    }

    public String evidenceName() {
        return evidenceName;
    }

    public String evidenceType() {
        return evidenceType;
    }

    public String evidenceKey() {
        return evidenceKey;
    }

    public Status status() {
        return status;
    }

    public String resolution() {
        return resolution;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public Instant filedAt() {
        return filedAt;
    }
}
