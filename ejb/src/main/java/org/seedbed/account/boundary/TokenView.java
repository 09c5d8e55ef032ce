package org.seedbed.account.boundary;

import java.time.Instant;
import org.seedbed.account.entity.AccessToken;

/** A personal access token as listed: its name and prefix, never the secret. */
public record TokenView(
        long id,
        String name,
        String prefix,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static TokenView of(AccessToken t) {
        return new TokenView(
                t.id(), t.name(), t.displayPrefix(), t.createdAt(), t.expiresAt(), t.lastUsedAt(), t.revokedAt());
    }
}
