package org.seedbed.campaign.entity;

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

/** News the organization posts on its campaign page: what the money already did. */
@Entity
@Table(name = "campaign_update")
public class CampaignUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Column(name = "body_zh", nullable = false)
    private String bodyZh;

    @Column(name = "body_en")
    private String bodyEn;

    @Column(name = "posted_by", nullable = false)
    private String postedBy;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected CampaignUpdate() {}

    public CampaignUpdate(Campaign campaign, String bodyZh, String bodyEn, String postedBy, Instant postedAt) {
        this.campaign = campaign;
        this.bodyZh = bodyZh;
        this.bodyEn = bodyEn;
        this.postedBy = postedBy;
        this.postedAt = postedAt;
    }

    public Long id() {
        return id;
    }

    public Campaign campaign() {
        return campaign;
    }

    public String bodyZh() {
        return bodyZh;
    }

    public String bodyEn() {
        return bodyEn;
    }

    public String postedBy() {
        return postedBy;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
