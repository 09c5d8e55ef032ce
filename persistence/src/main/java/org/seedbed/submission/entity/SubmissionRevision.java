package org.seedbed.submission.entity;

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
import org.seedbed.call.entity.ApplicationStage;

/** What was submitted, each time it was: revisions show what changed between submissions. */
@Entity
@Table(name = "submission_revision")
public class SubmissionRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ApplicationStage stage;

    @Column(nullable = false)
    private String title;

    @Column(name = "category_code")
    private String categoryCode;

    @Column(nullable = false)
    private String answers;

    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    protected SubmissionRevision() {}

    SubmissionRevision(Submission submission, int number, String submittedBy, Instant now) {
        this.submission = submission;
        this.number = number;
        this.stage = submission.stage();
        this.title = submission.title();
        this.categoryCode = submission.categoryCode();
        this.answers = submission.answers();
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    public Long id() {
        return id;
    }

    public int number() {
        return number;
    }

    public ApplicationStage stage() {
        return stage;
    }

    public String title() {
        return title;
    }

    public String categoryCode() {
        return categoryCode;
    }

    public String answers() {
        return answers;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
