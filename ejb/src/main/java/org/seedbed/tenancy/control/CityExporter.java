package org.seedbed.tenancy.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.seedbed.platform.Settings;

/**
 * Writes all of a city's data to one zip file: per table a JSON-lines file (one row per line, as
 * PostgreSQL's {@code row_to_json} renders it) and a manifest with row counts. Then, separately,
 * drops the schema. Plain JDBC outside any JTA transaction; statements name the schema.
 */
public final class CityExporter {

    private CityExporter() {}

    public static Path exportCity(DataSource dataSource, String slug, String schema) throws SQLException, IOException {
        Path dir = Files.createDirectories(Settings.dataDir().resolve("exports"));
        Path file = dir.resolve(slug + "-" + Instant.now().toString().replace(':', '-') + ".zip");
        try (Connection connection = dataSource.getConnection();
                OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            JsonObjectBuilder counts = Json.createObjectBuilder();
            for (String table : tables(connection, schema)) {
                zip.putNextEntry(new ZipEntry(table + ".jsonl"));
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                long rows = 0;
                try (Statement statement = connection.createStatement()) {
                    statement.setFetchSize(1000);
                    try (ResultSet rs = statement.executeQuery(
                            "select row_to_json(t)::text from " + quote(schema) + "." + quote(table) + " t")) {
                        while (rs.next()) {
                            writer.write(rs.getString(1));
                            writer.write('\n');
                            rows++;
                        }
                    }
                }
                writer.flush();
                zip.closeEntry();
                counts.add(table, rows);
            }
            zip.putNextEntry(new ZipEntry("manifest.json"));
            byte[] manifest = Json.createObjectBuilder()
                    .add("city", slug)
                    .add("schema", schema)
                    .add("exportedAt", Instant.now().toString())
                    .add("rows", counts)
                    .build()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8);
            zip.write(manifest);
            zip.closeEntry();
        }
        return file;
    }

    public static void dropSchema(DataSource dataSource, String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + quote(schema) + " cascade");
        }
    }

    private static List<String> tables(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'"
                        + " order by table_name")) {
            query.setString(1, schema);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }

    /** Schema and table names come from the registry and the catalog, and are quoted anyway. */
    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
