package org.seedbed.account.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal access token for the API. The secret is shown once; only its SHA-256 is kept. */
@Entity
@Table(name = "access_token")
@NamedQuery(
        name = AccessToken.BY_HASH,
        query = "select t from AccessToken t join fetch t.owner where t.tokenHash = :hash")
@NamedQuery(
        name = AccessToken.OF_OWNER,
        query = "select t from AccessToken t where t.owner.id = :ownerId order by t.createdAt desc")
public class AccessToken {

    public static final String BY_HASH = "AccessToken.byHash";
    public static final String OF_OWNER = "AccessToken.ofOwner";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount owner;

    @Column(nullable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "display_prefix", nullable = false)
    private String displayPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {}

    public AccessToken(
            UserAccount owner, String name, String tokenHash, String displayPrefix, Instant now, Instant expiresAt) {
        this.owner = owner;
        this.name = name;
        this.tokenHash = tokenHash;
        this.displayPrefix = displayPrefix;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    public void markUsed(Instant now) {
        lastUsedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public Long id() {
        return id;
    }

    public UserAccount owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public String displayPrefix() {
        return displayPrefix;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
