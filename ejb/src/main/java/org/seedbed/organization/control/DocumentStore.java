package org.seedbed.organization.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.seedbed.platform.Settings;
import org.seedbed.problem.InvalidInputException;
import org.seedbed.tenancy.control.TenantContext;

/**
 * Keeps documents' bytes on disk under {@code <data dir>/cities/<city>/documents}, outside the
 * web root and apart per city. Files are named by a random key, never by what the uploader
 * called them, so a name can neither collide nor climb out of the folder.
 */
@ApplicationScoped
public class DocumentStore {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** What was written: where, how big, with which digest. */
    public record Stored(String key, long size, String sha256) {}

    /** An upload that passed the checks: stored, with its real media type and a safe download name. */
    public record Accepted(String key, long size, String sha256, String contentType, String fileName) {}

    /**
     * Stores an uploaded document and checks it: at most {@link DocumentTypes#MAX_BYTES}, not empty, and
     * PDF, JPEG or PNG by its bytes. A refused upload keeps nothing and is reported on {@code field}.
     */
    public Accepted accept(InputStream content, String uploadedName, String field) {
        Stored stored = store(content, DocumentTypes.MAX_BYTES);
        if (stored.size() > DocumentTypes.MAX_BYTES) {
            throw InvalidInputException.of(field, "document.tooLarge", DocumentTypes.MAX_BYTES / (1024 * 1024));
        }
        if (stored.size() == 0) {
            delete(stored.key());
            throw InvalidInputException.of(field, "document.empty");
        }
        String type = DocumentTypes.acceptedType(file(stored.key())).orElseThrow(() -> {
            delete(stored.key());
            return InvalidInputException.of(field, "document.typeRefused");
        });
        return new Accepted(
                stored.key(), stored.size(), stored.sha256(), type, DocumentTypes.safeName(uploadedName, type));
    }

    /**
     * Copies at most {@code maxBytes} from the stream into the city's store; a longer stream is
     * refused (and nothing is kept) by returning a size above the limit.
     */
    public Stored store(InputStream content, long maxBytes) {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path target = file(key);
        try {
            Files.createDirectories(target.getParent());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream limited = new DigestInputStream(content, digest)) {
                size = Files.copy(
                        new BoundedStream(limited, maxBytes + 1), target, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size > maxBytes) {
                Files.deleteIfExists(target);
            }
            deleteUnlessCommitted(target);
            return new Stored(key, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path file(String key) {
        if (!key.matches("[0-9a-f]{32}")) {
            throw new IllegalArgumentException("not a storage key");
        }
        return cityFolder().resolve(key.substring(0, 2)).resolve(key);
    }

    /** A stored file whose row does not commit (refused, failed, rolled back) does not stay behind. */
    private void deleteUnlessCommitted(Path file) {
        if (transactions.getTransactionKey() == null) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /** Deletes the bytes once the row that pointed at them is gone for good; a rollback keeps both. */
    public void deleteAfterCommit(String key) {
        Path file = file(key);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(file(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path cityFolder() {
        String city = TenantContext.currentCity().orElseThrow(() -> new IllegalStateException("no city"));
        return Settings.dataDir().resolve("cities").resolve(city).resolve("documents");
    }

    /** Stops reading after a limit, so that an oversized upload is not written to disk in full. */
    private static final class BoundedStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }
    }
}
