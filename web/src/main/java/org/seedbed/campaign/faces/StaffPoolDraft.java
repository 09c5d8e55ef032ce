package org.seedbed.campaign.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.seedbed.campaign.boundary.PoolForm;
import org.seedbed.campaign.entity.MatchingPool;

/**
 * A new matching pool as an officer fills it in on staff/pools.xhtml: 1:1 matching of one campaign
 * over 8 shards unless changed. Only the target of the chosen scope is sent (a campaign, a call,
 * or the city's event day), and the period is read in the city's zone.
 */
public class StaffPoolDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int DEFAULT_SHARDS = 8;

    private String sponsorName;
    private MatchingPool.SponsorKind sponsorKind;
    private String sponsorEmail;
    private MatchingPool.Scope scope = MatchingPool.Scope.CAMPAIGN;
    private Long campaignId;
    private Long callId;
    private LocalDate eventDay;
    private BigDecimal budget;
    private BigDecimal ratio = BigDecimal.ONE;
    private BigDecimal perDonationCap;
    private BigDecimal perDonorDailyCap;
    private BigDecimal perProjectCap;
    private BigDecimal minDonation;
    private BigDecimal dailyRelease;
    private LocalTime dailyOpensAt;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private Integer priority = 0;
    private Integer shards = DEFAULT_SHARDS;

    public PoolForm toForm(ZoneId zone) {
        MatchingPool.Scope chosen = scope == null ? MatchingPool.Scope.CAMPAIGN : scope;
        return new PoolForm(
                sponsorName,
                sponsorKind,
                sponsorEmail,
                chosen,
                chosen == MatchingPool.Scope.CAMPAIGN ? campaignId : null,
                chosen == MatchingPool.Scope.CALL ? callId : null,
                chosen == MatchingPool.Scope.CITY ? eventDay : null,
                budget,
                ratio,
                perDonationCap,
                perDonorDailyCap,
                perProjectCap,
                minDonation,
                dailyRelease,
                dailyOpensAt,
                CampaignFormDraft.instant(startsAt, zone),
                CampaignFormDraft.instant(endsAt, zone),
                priority,
                shards == null ? DEFAULT_SHARDS : shards);
    }

    /** "1:1", "0.5:1": the match for each yuan given. */
    public String getRatioText() {
        return ratio == null ? "" : ratio.stripTrailingZeros().toPlainString() + ":1";
    }

    public boolean isCampaignScope() {
        return scope == null || scope == MatchingPool.Scope.CAMPAIGN;
    }

    public boolean isCallScope() {
        return scope == MatchingPool.Scope.CALL;
    }

    public boolean isCityScope() {
        return scope == MatchingPool.Scope.CITY;
    }

    public String getSponsorName() {
        return sponsorName;
    }

    public void setSponsorName(String sponsorName) {
        this.sponsorName = sponsorName;
    }

    public MatchingPool.SponsorKind getSponsorKind() {
        return sponsorKind;
    }

    public void setSponsorKind(MatchingPool.SponsorKind sponsorKind) {
        this.sponsorKind = sponsorKind;
    }

    public String getSponsorEmail() {
        return sponsorEmail;
    }

    public void setSponsorEmail(String sponsorEmail) {
        this.sponsorEmail = sponsorEmail;
    }

    public MatchingPool.Scope getScope() {
        return scope;
    }

    public void setScope(MatchingPool.Scope scope) {
        this.scope = scope;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getCallId() {
        return callId;
    }

    public void setCallId(Long callId) {
        this.callId = callId;
    }

    public LocalDate getEventDay() {
        return eventDay;
    }

    public void setEventDay(LocalDate eventDay) {
        this.eventDay = eventDay;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    public void setRatio(BigDecimal ratio) {
        this.ratio = ratio;
    }

    public BigDecimal getPerDonationCap() {
        return perDonationCap;
    }

    public void setPerDonationCap(BigDecimal perDonationCap) {
        this.perDonationCap = perDonationCap;
    }

    public BigDecimal getPerDonorDailyCap() {
        return perDonorDailyCap;
    }

    public void setPerDonorDailyCap(BigDecimal perDonorDailyCap) {
        this.perDonorDailyCap = perDonorDailyCap;
    }

    public BigDecimal getPerProjectCap() {
        return perProjectCap;
    }

    public void setPerProjectCap(BigDecimal perProjectCap) {
        this.perProjectCap = perProjectCap;
    }

    public BigDecimal getMinDonation() {
        return minDonation;
    }

    public void setMinDonation(BigDecimal minDonation) {
        this.minDonation = minDonation;
    }

    public BigDecimal getDailyRelease() {
        return dailyRelease;
    }

    public void setDailyRelease(BigDecimal dailyRelease) {
        this.dailyRelease = dailyRelease;
    }

    public LocalTime getDailyOpensAt() {
        return dailyOpensAt;
    }

    public void setDailyOpensAt(LocalTime dailyOpensAt) {
        this.dailyOpensAt = dailyOpensAt;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public Integer getShards() {
        return shards;
    }

    public void setShards(Integer shards) {
        this.shards = shards;
    }
}
