package org.seedbed.campaign.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A donor kept from matched giving, by e-mail or card fingerprint, e.g. after a dispute. */
@Entity
@Table(name = "donor_block")
public class DonorBlock {

    public enum Kind {
        EMAIL,
        FINGERPRINT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Kind kind;

    @Column(nullable = false)
    private String value;

    @Column(nullable = false)
    private String reason;

    @Column(name = "donation_id")
    private Long donationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DonorBlock() {}

    public DonorBlock(Kind kind, String value, String reason, Long donationId, Instant createdAt) {
        this.kind = kind;
        this.value = value;
        this.reason = reason;
        this.donationId = donationId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }

    public Long donationId() {
        return donationId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
