package org.ddor.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations: {@code migration/V{NNN}__{description}.sql}, listed in order in
 * {@code migration/index.txt}, one version per line. A line may name further scripts after the
 * version's own (paths beside this class), run after it: a version that adds derived tables fills
 * them with the script every import runs ({@code derived/unit_day.sql}) rather than a copy of it.
 * Each version runs in its own transaction together with the row recording it, so a failed
 * migration leaves the store at the previous version.
 *
 * <p>We do not use Flyway here: its DuckDB support is a separate plugin pinned to an older core,
 * and its class-path scan adds hundreds of milliseconds to every command (docs/dependencies.md).
 * Not thread-safe; run once per open.
 */
public final class Migrations {

    /** Per version, its scripts: the version's own first (under migration/), then those it runs after it. */
    private static final List<List<String>> SCRIPTS = SqlResource.load(Migrations.class, "migration/index.txt")
            .lines().map(String::strip).filter(line -> !line.isEmpty())
            .map(line -> List.of(line.split("\\s+"))).toList();

    private Migrations() {
    }

    /** The newest schema version this build knows. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /**
     * Brings the store up to {@code target}; returns the version it was at before.
     *
     * @throws StoreException when the store was made by a newer DDOR (its version exceeds what we know)
     */
    public static int migrate(Connection connection, String storeName, int target) throws SQLException {
        if (target < 0 || target > latestVersion()) {
            throw new IllegalArgumentException("schema version " + target + " is not between 0 and " + latestVersion());
        }
        ensureVersionTable(connection);
        int current = currentVersion(connection);
        if (current > latestVersion()) {
            throw new StoreException("store " + storeName + " has schema version " + current
                    + ", newer than this DDOR understands (" + latestVersion() + "): use a newer DDOR to open it");
        }
        for (int version = current + 1; version <= target; version++) {
            apply(connection, version);
        }
        return current;
    }

    /** The version recorded in the store, 0 for a new store. */
    public static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select coalesce(max(version), 0) from ddor_schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void ensureVersionTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists ddor_schema_version ("
                    + "version integer primary key, script varchar not null, applied_at timestamp not null)");
        }
    }

    private static void apply(Connection connection, int version) throws SQLException {
        List<String> scripts = SCRIPTS.get(version - 1);
        String script = scripts.get(0);
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (int i = 0; i < scripts.size(); i++) {
                String name = i == 0 ? "migration/" + script : scripts.get(i);
                for (String sql : SqlResource.statements(SqlResource.load(Migrations.class, name))) {
                    statement.execute(sql);
                }
            }
            try (var insert = connection.prepareStatement(
                    "insert into ddor_schema_version values (?, ?, current_timestamp)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw new StoreException("migration " + script + " failed: " + e.getMessage(), e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
