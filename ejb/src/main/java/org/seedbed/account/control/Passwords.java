package org.seedbed.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashing with Jakarta Security's PBKDF2: HMAC-SHA512, 210,000 iterations (OWASP's 2023
 * figure), a 32-byte salt per password. The parameters are stored in each hash, so raising them
 * later keeps old hashes verifiable.
 */
@ApplicationScoped
public class Passwords {

    @Inject
    Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return storedHash != null && hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    public void burnTime(String password) {
        hash.verify(password.toCharArray(), DUMMY_HASH);
    }

    private static final String DUMMY_HASH = "PBKDF2WithHmacSHA512:210000:c2VlZGJlZC1kdW1teS1zYWx0LTMyLWJ5dGVzLWxvbmc=:"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==";
}
