package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.ddor.domain.SourceKind;

/** Reads and records source releases. Runs inside the caller's transaction. */
final class Releases {

    private Releases() {
    }

    /** The release already imported from a file with this checksum, if any. */
    static Optional<Long> bySha256(Connection connection, String sha256) throws SQLException {
        try (var select = connection.prepareStatement("select id from source_release where sha256 = ?")) {
            select.setString(1, sha256);
            try (var rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    static String nameOf(Connection connection, long id) throws SQLException {
        try (var select = connection.prepareStatement("select name from source_release where id = ?")) {
            select.setLong(1, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    static long nextId(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select nextval('source_release_id')")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Records the release and, for generated data, marks the whole store as holding it. */
    static void insert(Connection connection, long id, String name, SourceKind kind, String sha256, String fileName,
                       long read, long imported, long rejected, boolean generated, String notes) throws SQLException {
        try (var insert = connection.prepareStatement(
                "insert into source_release values (?, ?, ?, ?, ?, current_timestamp, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, name);
            insert.setString(3, kind.name());
            insert.setString(4, sha256);
            insert.setString(5, fileName);
            insert.setLong(6, read);
            insert.setLong(7, imported);
            insert.setLong(8, rejected);
            insert.setBoolean(9, generated);
            insert.setString(10, notes);
            insert.executeUpdate();
        }
        if (generated) {
            try (var meta = connection.prepareStatement(
                    "insert or replace into store_meta values ('contains_generated_sample_data', 'true')")) {
                meta.executeUpdate();
            }
        }
    }
}
