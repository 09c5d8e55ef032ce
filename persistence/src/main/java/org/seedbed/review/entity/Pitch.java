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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.seedbed.submission.entity.Submission;

/**
 * An application's live pitch (路演) before its panel: opened by the chair with a speaking time,
 * closed when the panel has heard it. At most one pitch of a panel is open; reopening a closed
 * pitch restarts its timer.
 */
@Entity
@Table(name = "review_pitch")
public class Pitch {

    public enum Status {
        OPEN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id")
    private ReviewPanel panel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id")
    private Submission submission;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Pitch() {}

    public Pitch(ReviewPanel panel, Submission submission, int minutes, String openedBy, Instant now) {
        this.panel = panel;
        this.submission = submission;
        open(minutes, openedBy, now);
    }

    public final void open(int minutes, String openedBy, Instant now) {
        this.minutes = minutes;
        this.openedBy = openedBy;
        this.openedAt = now;
        this.closedAt = null;
        this.status = Status.OPEN;
    }

    public void close(Instant now) {
        status = Status.CLOSED;
        closedAt = now;
    }

    /** When the speaking time runs out; the pitch stays open after it until the chair closes it. */
    public Instant endsAt() {
        return openedAt.plus(Duration.ofMinutes(minutes));
    }

    public Long id() {
        return id;
    }

    public ReviewPanel panel() {
        return panel;
    }

    public Submission submission() {
        return submission;
    }

    public int minutes() {
        return minutes;
    }

    public Status status() {
        return status;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public long version() {
        return version;
    }
}
