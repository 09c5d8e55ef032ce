package org.seedbed.campaign.entity;

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
import java.time.Instant;
import org.seedbed.grant.entity.Grant;
import org.seedbed.organization.entity.Organization;

/**
 * A public fundraising campaign for an organization's project, with a goal and dates. Officers'
 * campaigns start active; an organization's wait for an officer's approval. The totals are kept by
 * atomic increments when donations settle, never by reading and writing them here.
 */
@Entity
@Table(name = "campaign")
public class Campaign {

    public enum Status {
        DRAFT,
        PENDING,
        ACTIVE,
        REJECTED,
        ENDED,
        CANCELLED
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

    @Column(name = "title_zh", nullable = false)
    private String titleZh;

    @Column(name = "title_en")
    private String titleEn;

    @Column(name = "story_zh", nullable = false)
    private String storyZh;

    @Column(name = "story_en")
    private String storyEn;

    @Column(name = "cover_key")
    private String coverKey;

    @Column(name = "cover_name")
    private String coverName;

    @Column(name = "goal_minor", nullable = false)
    private long goalMinor;

    @Column(nullable = false)
    private String currency;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "budget_lines", nullable = false)
    private String budgetLines;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "raised_minor", nullable = false, insertable = false, updatable = false)
    private long raisedMinor;

    @Column(name = "matched_minor", nullable = false, insertable = false, updatable = false)
    private long matchedMinor;

    @Column(nullable = false, insertable = false, updatable = false)
    private int donors;

    @Version
    private long version;

    protected Campaign() {}

    public Campaign(Organization organization, Grant grant, String currency, String createdBy, Instant now) {
        this.organization = organization;
        this.grant = grant;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = Status.DRAFT;
        this.budgetLines = "[]";
    }

    /** What the campaign says and asks for. */
    public record Terms(
            String titleZh,
            String titleEn,
            String storyZh,
            String storyEn,
            long goalMinor,
            Instant startsAt,
            Instant endsAt,
            String budgetLinesJson) {}

    public void describe(Terms terms) {
        if (status == Status.ENDED || status == Status.CANCELLED) {
            throw new IllegalStateException("an " + status + " campaign cannot be changed");
        }
        this.titleZh = terms.titleZh();
        this.titleEn = terms.titleEn();
        this.storyZh = terms.storyZh();
        this.storyEn = terms.storyEn();
        this.goalMinor = terms.goalMinor();
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.budgetLines = terms.budgetLinesJson();
    }

    public void cover(String key, String name) {
        this.coverKey = key;
        this.coverName = name;
    }

    /** An organization's campaign goes to the officers; an officer's opens at once. */
    public void submitForApproval() {
        require(Status.DRAFT, Status.REJECTED);
        status = Status.PENDING;
    }

    public void approve(String by, Instant now) {
        require(Status.PENDING, Status.DRAFT);
        status = Status.ACTIVE;
        approvedBy = by;
        approvedAt = now;
        reviewNote = null;
    }

    public void reject(String by, String note, Instant now) {
        require(Status.PENDING);
        status = Status.REJECTED;
        approvedBy = by;
        approvedAt = now;
        reviewNote = note;
    }

    public void end() {
        require(Status.ACTIVE);
        status = Status.ENDED;
    }

    public void cancel() {
        if (status == Status.ENDED || status == Status.CANCELLED) {
            throw new IllegalStateException("an " + status + " campaign cannot be cancelled");
        }
        status = Status.CANCELLED;
    }

    /** Whether donations are taken at {@code now}. */
    public boolean open(Instant now) {
        return status == Status.ACTIVE && !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    private void require(Status... allowed) {
        for (Status s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new IllegalStateException("a " + status + " campaign cannot do that");
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

    public String titleZh() {
        return titleZh;
    }

    public String titleEn() {
        return titleEn;
    }

    public String storyZh() {
        return storyZh;
    }

    public String storyEn() {
        return storyEn;
    }

    public String coverKey() {
        return coverKey;
    }

    public String coverName() {
        return coverName;
    }

    public long goalMinor() {
        return goalMinor;
    }

    public String currency() {
        return currency;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String budgetLines() {
        return budgetLines;
    }

    public Status status() {
        return status;
    }

    public String reviewNote() {
        return reviewNote;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public long raisedMinor() {
        return raisedMinor;
    }

    public long matchedMinor() {
        return matchedMinor;
    }

    public int donors() {
        return donors;
    }

    public long version() {
        return version;
    }
}
