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
import java.time.Instant;

/**
 * The part of a pool held for one donation while it is paid: committed when the payment succeeds,
 * released when it fails or expires, reversed (given back to the pool) after a refund or a lost
 * dispute. {@code sources} says which shards and counters it came from, to give it back exactly.
 */
@Entity
@Table(name = "match_reservation")
public class MatchReservation {

    public enum Status {
        RESERVED,
        COMMITTED,
        RELEASED,
        REVERSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "donation_id")
    private Donation donation;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pool_id")
    private MatchingPool pool;

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(nullable = false)
    private String sources;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "reserved_at", nullable = false)
    private Instant reservedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected MatchReservation() {}

    public MatchReservation(
            Donation donation, MatchingPool pool, long amountMinor, String sources, Instant now, Instant expiresAt) {
        this.donation = donation;
        this.pool = pool;
        this.amountMinor = amountMinor;
        this.sources = sources;
        this.status = Status.RESERVED;
        this.reservedAt = now;
        this.expiresAt = expiresAt;
    }

    public void commit(Instant now) {
        move(Status.RESERVED, Status.COMMITTED, now);
    }

    public void release(Instant now) {
        move(Status.RESERVED, Status.RELEASED, now);
    }

    public void reverse(Instant now) {
        move(Status.COMMITTED, Status.REVERSED, now);
    }

    private void move(Status from, Status to, Instant now) {
        if (status != from) {
            throw new IllegalStateException("a " + status + " reservation cannot become " + to);
        }
        status = to;
        settledAt = now;
    }

    public Long id() {
        return id;
    }

    public Donation donation() {
        return donation;
    }

    public MatchingPool pool() {
        return pool;
    }

    public long amountMinor() {
        return amountMinor;
    }

    public String sources() {
        return sources;
    }

    public Status status() {
        return status;
    }

    public Instant reservedAt() {
        return reservedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant settledAt() {
        return settledAt;
    }
}
