package org.seedbed.review.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seedbed.submission.entity.Submission;

/** An expert assigned to review an application; pinned ones survive a new automatic assignment. */
@Entity
@Table(name = "review_assignment")
public class ReviewAssignment {

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

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ReviewAssignment() {}

    public ReviewAssignment(
            ReviewPanel panel, Expert expert, Submission submission, boolean pinned, String by, Instant now) {
        this.panel = panel;
        this.expert = expert;
        this.submission = submission;
        this.pinned = pinned;
        this.assignedBy = by;
        this.assignedAt = now;
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

    public boolean pinned() {
        return pinned;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
