package org.seedbed.it;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Recreates the system tests' database before they run, so every run starts empty. */
public final class TestDatabase {

    private TestDatabase() {}

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        URI uri = URI.create(url.substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        String serverUrl =
                "jdbc:postgresql://" + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort()) + "/postgres";
        try (Connection connection = DriverManager.getConnection(serverUrl, args[1], args[2]);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists \"" + database + "\" with (force)");
            statement.execute("create database \"" + database + "\"");
        }
    }
}
