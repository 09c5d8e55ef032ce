package org.seedbed.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Decides which PostgreSQL the demo uses: {@code SEEDBED_DB_URL} when given; otherwise an embedded
 * PostgreSQL (real binaries from Maven Central) with its data under the data folder. PostgreSQL
 * refuses to run as root, so as root the server on 127.0.0.1:5432 is used when one answers, and
 * otherwise the embedded binaries run under a system account of their own.
 */
public final class DatabaseChoice implements AutoCloseable {

    record Connection(String url, String user, String password, String description) {}

    private EmbeddedPostgres embedded;
    private PostgresAsServiceAccount serviceAccount;
    private Connection chosen;

    static DatabaseChoice choose(Path dataDir) throws IOException, SQLException, InterruptedException {
        DatabaseChoice choice = new DatabaseChoice();
        String url = System.getenv("SEEDBED_DB_URL");
        if (url != null && !url.isBlank()) {
            choice.chosen = new Connection(
                    url,
                    env("SEEDBED_DB_USER", "postgres"),
                    env("SEEDBED_DB_PASSWORD", "postgres"),
                    "the database given by SEEDBED_DB_URL");
            return choice;
        }
        if (runsAsRoot()) {
            if (usesLocalServer()) {
                createDatabaseIfMissing("jdbc:postgresql://127.0.0.1:5432/", "postgres", "postgres", "seedbed");
                choice.chosen = new Connection(
                        "jdbc:postgresql://127.0.0.1:5432/seedbed",
                        "postgres",
                        "postgres",
                        "the local PostgreSQL on 127.0.0.1:5432 (running as root: an embedded PostgreSQL would refuse to start)");
                return choice;
            }
            choice.serviceAccount = PostgresAsServiceAccount.start();
            createDatabaseIfMissing(
                    "jdbc:postgresql://127.0.0.1:" + PostgresAsServiceAccount.PORT + "/",
                    "postgres",
                    "postgres",
                    "seedbed");
            choice.chosen = new Connection(
                    "jdbc:postgresql://127.0.0.1:" + PostgresAsServiceAccount.PORT + "/seedbed",
                    "postgres",
                    "postgres",
                    choice.serviceAccount.description());
            return choice;
        }
        Path pgData = Files.createDirectories(dataDir.resolve("postgres"));
        choice.embedded = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                .setPort(54329)
                .start();
        createDatabaseIfMissing("jdbc:postgresql://127.0.0.1:54329/", "postgres", "postgres", "seedbed");
        choice.chosen = new Connection(
                "jdbc:postgresql://127.0.0.1:54329/seedbed",
                "postgres",
                "postgres",
                "an embedded PostgreSQL, data in " + pgData);
        return choice;
    }

    Connection connection() {
        return chosen;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
        if (serviceAccount != null) {
            serviceAccount.close();
        }
    }

    /**
     * The database {@code mvn -Prun} uses when SEEDBED_DB_URL is not set, for tools that write into
     * a running demo (the search benchmark). Both its own servers listen on the same port.
     */
    public static String demoUrl() {
        return runsAsRoot() && usesLocalServer()
                ? "jdbc:postgresql://127.0.0.1:5432/seedbed"
                : "jdbc:postgresql://127.0.0.1:" + PostgresAsServiceAccount.PORT + "/seedbed";
    }

    private static boolean runsAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** As root, the PostgreSQL already on 127.0.0.1:5432, unless told to ignore it. */
    private static boolean usesLocalServer() {
        return answers("127.0.0.1", 5432) && !Boolean.getBoolean("seedbed.ignoreLocalPostgres");
    }

    private static void createDatabaseIfMissing(String serverUrl, String user, String password, String database)
            throws SQLException {
        java.util.Properties credentials = new java.util.Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        // The driver directly: DriverManager does not see drivers of the plugin's class loader.
        try (java.sql.Connection connection = new org.postgresql.Driver().connect(serverUrl + "postgres", credentials);
                Statement statement = connection.createStatement();
                ResultSet exists =
                        statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        }
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
