package org.seedbed.account.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link sent by e-mail (verify address, reset password); only its hash is kept. */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = AccountToken.BY_HASH,
        query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash and t.purpose = :purpose")
public class AccountToken {

    public static final String BY_HASH = "AccountToken.byHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {}

    public AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isRedeemable(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }

    public void redeem(Instant now) {
        if (!isRedeemable(now)) {
            throw new IllegalStateException("token already used or expired");
        }
        usedAt = now;
    }

    public UserAccount account() {
        return account;
    }

    public TokenPurpose purpose() {
        return purpose;
    }
}
