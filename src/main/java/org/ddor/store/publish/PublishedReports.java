package org.ddor.store.publish;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ddor.domain.PublishedReport;

/**
 * The store's published report versions. Versions are only ever inserted: there is no update or
 * delete here, so a published version cannot be rewritten through DDOR (DESIGN.md §1.6).
 * Not thread-safe; use one connection per thread.
 */
public final class PublishedReports {

    private static final String COLUMNS = "id, kind, period, version, generated_at, inputs, parameters, content_hash, "
            + "supersedes, change_note";

    private final Connection connection;

    public PublishedReports(Connection connection) {
        this.connection = connection;
    }

    /** Every version of a report for a period, oldest first. */
    public List<PublishedReport> versions(String kind, String period) throws SQLException {
        try (var select = connection.prepareStatement("select " + COLUMNS + " from published_report "
                + "where kind = ? and period = ? order by version")) {
            select.setString(1, kind);
            select.setString(2, period);
            try (var rows = select.executeQuery()) {
                List<PublishedReport> versions = new java.util.ArrayList<>();
                while (rows.next()) {
                    versions.add(map(rows));
                }
                return versions;
            }
        }
    }

    /** Every published version of every report, newest first. */
    public List<PublishedReport> all() throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select " + COLUMNS + " from published_report "
                     + "order by generated_at desc, kind, period, version desc")) {
            List<PublishedReport> versions = new java.util.ArrayList<>();
            while (rows.next()) {
                versions.add(map(rows));
            }
            return versions;
        }
    }

    /** The frozen content (the JSON rendering) of a version. */
    public Optional<String> content(String kind, String period, int version) throws SQLException {
        try (var select = connection.prepareStatement(
                "select content from published_report where kind = ? and period = ? and version = ?")) {
            select.setString(1, kind);
            select.setString(2, period);
            select.setInt(3, version);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new String(rows.getBytes(1), StandardCharsets.UTF_8)) : Optional.empty();
            }
        }
    }

    /** Inserts the next version; the caller has checked that the content changed. Returns it. */
    public PublishedReport insert(String kind, String period, List<String> inputs, String parameters,
                                  String contentHash, String content, String changeNote) throws SQLException {
        List<PublishedReport> earlier = versions(kind, period);
        int version = earlier.size() + 1;
        Integer supersedes = earlier.isEmpty() ? null : earlier.get(earlier.size() - 1).version();
        Instant now = Instant.now();
        try (var insert = connection.prepareStatement("insert into published_report values "
                + "(nextval('published_report_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, period);
            insert.setInt(3, version);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, String.join(",", inputs));
            insert.setString(6, parameters);
            insert.setString(7, contentHash);
            insert.setObject(8, supersedes);
            insert.setString(9, changeNote);
            insert.setBytes(10, content.getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        return versions(kind, period).get(version - 1);
    }

    private static PublishedReport map(java.sql.ResultSet row) throws SQLException {
        String inputs = row.getString(6);
        return new PublishedReport(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4),
                row.getTimestamp(5).toInstant(), inputs.isEmpty() ? List.of() : Arrays.asList(inputs.split(",")),
                row.getString(7), row.getString(8), (Integer) row.getObject(9), row.getString(10));
    }
}
