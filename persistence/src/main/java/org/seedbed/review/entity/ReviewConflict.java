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
 * A conflict of interest between an expert and an application. While it stands (not waived), the
 * expert is never assigned the application and never sees it. Officers may waive one with a reason.
 */
@Entity
@Table(name = "review_conflict")
public class ReviewConflict {

    public enum Source {
        DECLARED,
        DERIVED,
        OFFICER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id")
    private ReviewPanel panel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "expert_id")
    private Expert expert;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConflictKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Source source;

    private String reason;

    @Column(nullable = false)
    private boolean waived;

    @Column(name = "waiver_reason")
    private String waiverReason;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ReviewConflict() {}

    public ReviewConflict(
            ReviewPanel panel,
            Expert expert,
            Submission submission,
            ConflictKind kind,
            Source source,
            String reason,
            String recordedBy,
            Instant now) {
        this.panel = panel;
        this.expert = expert;
        this.submission = submission;
        this.kind = kind;
        this.source = source;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public void waive(String reason) {
        waived = true;
        waiverReason = reason;
    }

    public Long id() {
        return id;
    }

    public ReviewPanel panel() {
        return panel;
    }

    public Expert expert() {
        return expert;
    }

    public Submission submission() {
        return submission;
    }

    public ConflictKind kind() {
        return kind;
    }

    public Source source() {
        return source;
    }

    public String reason() {
        return reason;
    }

    public boolean waived() {
        return waived;
    }

    public String waiverReason() {
        return waiverReason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
