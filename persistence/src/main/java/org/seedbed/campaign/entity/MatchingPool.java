package org.seedbed.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A sponsor's matching fund (配捐): a budget that matches donations at a ratio within caps, time
 * windows and a minimum donation, for one campaign, the projects of one call, or a whole city event
 * day such as 99 Giving Day. What is left lives in {@code matching_pool_shard} rows, taken only by
 * conditional updates, so the pool cannot be over-committed.
 */
@Entity
@Table(name = "matching_pool")
public class MatchingPool {

    public enum SponsorKind {
        COMPANY,
        FOUNDATION,
        GOVERNMENT
    }

    public enum Scope {
        CAMPAIGN,
        CALL,
        CITY
    }

    public enum Status {
        ACTIVE,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sponsor_name", nullable = false)
    private String sponsorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "sponsor_kind", nullable = false)
    private SponsorKind sponsorKind;

    @Column(name = "sponsor_email")
    private String sponsorEmail;

    @Column(name = "sponsor_token", nullable = false)
    private String sponsorToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Scope scope;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "call_id")
    private Long callId;

    @Column(name = "event_day")
    private LocalDate eventDay;

    @Column(nullable = false)
    private String currency;

    @Column(name = "budget_minor", nullable = false)
    private long budgetMinor;

    @Column(nullable = false)
    private BigDecimal ratio;

    @Column(name = "per_donation_cap_minor")
    private Long perDonationCapMinor;

    @Column(name = "per_donor_daily_cap_minor")
    private Long perDonorDailyCapMinor;

    @Column(name = "per_project_cap_minor")
    private Long perProjectCapMinor;

    @Column(name = "min_donation_minor", nullable = false)
    private long minDonationMinor;

    @Column(name = "daily_release_minor")
    private Long dailyReleaseMinor;

    @Column(name = "daily_opens_at")
    private LocalTime dailyOpensAt;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false)
    private int priority;

    @Column(nullable = false)
    private short shards;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MatchingPool() {}

    /** The sponsor and where the pool applies; {@link #terms} sets the rules. */
    public MatchingPool(
            String sponsorName,
            SponsorKind sponsorKind,
            String sponsorEmail,
            String sponsorToken,
            Scope scope,
            Long campaignId,
            Long callId,
            LocalDate eventDay,
            String currency,
            int shards,
            String createdBy,
            Instant now) {
        this.sponsorName = sponsorName;
        this.sponsorKind = sponsorKind;
        this.sponsorEmail = sponsorEmail;
        this.sponsorToken = sponsorToken;
        this.scope = scope;
        this.campaignId = campaignId;
        this.callId = callId;
        this.eventDay = eventDay;
        this.currency = currency;
        this.shards = (short) shards;
        this.status = Status.ACTIVE;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** The matching rules; the budget is fixed at creation because the shards hold it. */
    public record Terms(
            long budgetMinor,
            BigDecimal ratio,
            Long perDonationCapMinor,
            Long perDonorDailyCapMinor,
            Long perProjectCapMinor,
            long minDonationMinor,
            Long dailyReleaseMinor,
            LocalTime dailyOpensAt,
            Instant startsAt,
            Instant endsAt,
            int priority) {}

    public void terms(Terms terms) {
        this.budgetMinor = terms.budgetMinor();
        this.ratio = terms.ratio();
        this.perDonationCapMinor = terms.perDonationCapMinor();
        this.perDonorDailyCapMinor = terms.perDonorDailyCapMinor();
        this.perProjectCapMinor = terms.perProjectCapMinor();
        this.minDonationMinor = terms.minDonationMinor();
        this.dailyReleaseMinor = terms.dailyReleaseMinor();
        this.dailyOpensAt = terms.dailyOpensAt();
        this.startsAt = terms.startsAt();
        this.endsAt = terms.endsAt();
        this.priority = terms.priority();
    }

    /** Stops matching new donations; reservations already made are still committed or released. */
    public void close() {
        status = Status.CLOSED;
    }

    public Long id() {
        return id;
    }

    public String sponsorName() {
        return sponsorName;
    }

    public SponsorKind sponsorKind() {
        return sponsorKind;
    }

    public String sponsorEmail() {
        return sponsorEmail;
    }

    public String sponsorToken() {
        return sponsorToken;
    }

    public Scope scope() {
        return scope;
    }

    public Long campaignId() {
        return campaignId;
    }

    public Long callId() {
        return callId;
    }

    public LocalDate eventDay() {
        return eventDay;
    }

    public String currency() {
        return currency;
    }

    public long budgetMinor() {
        return budgetMinor;
    }

    public BigDecimal ratio() {
        return ratio;
    }

    public Long perDonationCapMinor() {
        return perDonationCapMinor;
    }

    public Long perDonorDailyCapMinor() {
        return perDonorDailyCapMinor;
    }

    public Long perProjectCapMinor() {
        return perProjectCapMinor;
    }

    public long minDonationMinor() {
        return minDonationMinor;
    }

    public Long dailyReleaseMinor() {
        return dailyReleaseMinor;
    }

    public LocalTime dailyOpensAt() {
        return dailyOpensAt;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public int priority() {
        return priority;
    }

    public int shards() {
        return shards;
    }

    public Status status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
