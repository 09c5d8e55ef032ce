package org.seedbed.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts cities' secrets (Stripe keys, webhook secrets) at rest with AES-256-GCM under the
 * installation's master key: {@code SEEDBED_MASTER_KEY}, 32 bytes in Base64. Without it (the
 * embedded default) a key is generated once into the data directory, readable by its owner only.
 * A sealed value is {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag); tampering fails to open.
 */
public final class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public SecretBox(byte[] masterKey) {
        if (masterKey.length != 32) {
            throw new IllegalArgumentException("the master key must be 32 bytes, not " + masterKey.length);
        }
        this.key = new SecretKeySpec(masterKey.clone(), "AES");
    }

    /** The installation's box: the configured master key, or the generated one in the data directory. */
    public static SecretBox installation() {
        return new SecretBox(Settings.value("SEEDBED_MASTER_KEY")
                .map(k -> Base64.getDecoder().decode(k))
                .orElseGet(() -> generatedKey(Settings.dataDir().resolve("master.key"))));
    }

    static synchronized byte[] generatedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.writeString(
                        file,
                        Base64.getEncoder().encodeToString(fresh),
                        StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file system's own permissions apply.
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the master key " + file, e);
        }
    }

    public String seal(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[nonce.length + sealed.length];
            System.arraycopy(nonce, 0, out, 0, nonce.length);
            System.arraycopy(sealed, 0, out, nonce.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain secret; an altered value or another installation's key fails. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the secret cannot be opened with this installation's key", e);
        }
    }

    /** A fresh random secret, e.g. for the sandbox's webhook signatures. */
    public static String randomSecret(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
