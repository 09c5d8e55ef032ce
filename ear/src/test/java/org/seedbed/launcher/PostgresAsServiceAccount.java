package org.seedbed.launcher;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * PostgreSQL refuses to run as root. When the demo runs as root and no server answers locally,
 * the same PostgreSQL binaries the embedded mode uses (from Maven Central) run under a system
 * account of their own, {@value #ACCOUNT}, in {@value #HOME} (a folder that account can reach;
 * a checkout under /root cannot be entered by other accounts).
 */
final class PostgresAsServiceAccount implements AutoCloseable {

    static final String ACCOUNT = "seedbed-pg";
    static final String HOME = "/var/lib/seedbed-demo";
    static final int PORT = 54329;

    private final Path binaries = Path.of(HOME, "pg-binaries");
    private final Path data = Path.of(HOME, "postgres");

    static PostgresAsServiceAccount start() throws IOException, InterruptedException {
        PostgresAsServiceAccount server = new PostgresAsServiceAccount();
        server.ensureAccount();
        server.ensureBinaries();
        server.ensureCluster();
        server.run(
                server.binaries.resolve("bin/pg_ctl").toString(),
                "-D",
                server.data.toString(),
                "-w",
                "-l",
                server.data.resolve("server.log").toString(),
                "-o",
                "-p " + PORT + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=" + server.data,
                "start");
        return server;
    }

    String description() {
        return "PostgreSQL (embedded binaries) running as the system account " + ACCOUNT + ", data in " + data;
    }

    @Override
    public void close() throws IOException {
        try {
            run(binaries.resolve("bin/pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void ensureAccount() throws IOException, InterruptedException {
        if (new ProcessBuilder("id", ACCOUNT).start().waitFor() != 0) {
            exec(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", ACCOUNT));
        }
        Files.createDirectories(Path.of(HOME));
        exec(List.of("chown", ACCOUNT, HOME));
    }

    private void ensureBinaries() throws IOException, InterruptedException {
        if (Files.isExecutable(binaries.resolve("bin/postgres"))) {
            return;
        }
        try (InputStream packed = PostgresAsServiceAccount.class.getResourceAsStream("/postgres-linux-x86_64.txz");
                TarArchiveInputStream tar =
                        new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(packed)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = binaries.resolve(entry.getName()).normalize();
                if (!target.startsWith(binaries)) {
                    throw new IOException("unexpected entry " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                    }
                }
            }
        }
        exec(List.of("chmod", "-R", "a+rX", binaries.toString()));
    }

    private void ensureCluster() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("PG_VERSION"))) {
            return;
        }
        Files.createDirectories(data);
        exec(List.of("chown", ACCOUNT, data.toString()));
        exec(List.of("chmod", "700", data.toString()));
        run(
                binaries.resolve("bin/initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C");
    }

    /** Runs a PostgreSQL program as the service account. */
    private void run(String... command) throws IOException, InterruptedException {
        List<String> asAccount = new ArrayList<>(List.of("runuser", "-u", ACCOUNT, "--"));
        asAccount.addAll(List.of(command));
        exec(asAccount);
    }

    private static void exec(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IOException("failed (" + process.exitValue() + "): " + String.join(" ", command));
        }
    }
}
