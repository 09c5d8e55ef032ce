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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An expert's scores for one assignment: one integer per rubric criterion (JSON by criterion
 * code), a recommendation and comments. Drafts are saved as often as the expert likes; once
 * submitted the sheet is locked.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {

    public enum Status {
        DRAFT,
        SUBMITTED
    }

    public enum Recommendation {
        FUND,
        FUND_WITH_CHANGES,
        DO_NOT_FUND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    private ReviewAssignment assignment;

    @Column(nullable = false)
    private String scores;

    @Enumerated(EnumType.STRING)
    private Recommendation recommendation;

    private String comments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ScoreSheet() {}

    public ScoreSheet(ReviewAssignment assignment, Instant now) {
        this.assignment = assignment;
        this.scores = "{}";
        this.status = Status.DRAFT;
        this.updatedAt = now;
    }

    public void save(String scores, Recommendation recommendation, String comments, Instant now) {
        requireDraft();
        this.scores = scores;
        this.recommendation = recommendation;
        this.comments = comments;
        this.updatedAt = now;
    }

    public void submit(Instant now) {
        requireDraft();
        status = Status.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw new IllegalStateException("a submitted score sheet is locked");
        }
    }

    public Long id() {
        return id;
    }

    public ReviewAssignment assignment() {
        return assignment;
    }

    public String scores() {
        return scores;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public String comments() {
        return comments;
    }

    public Status status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
