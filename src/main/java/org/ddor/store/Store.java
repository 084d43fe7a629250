package org.ddor.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The embedded store: one DuckDB file (docs/dependencies.md says why DuckDB). Opening it creates
 * the file if needed and upgrades its schema; a store made by a newer DDOR is refused.
 *
 * <p>DuckDB admits one writing process per file, and while it holds the file no other process can
 * open it. Not thread-safe: one {@code Store} per thread, or hand out {@link #duplicateConnection()}.
 */
public final class Store implements AutoCloseable {

    /** The default location, relative to the working directory. */
    public static final Path DEFAULT_PATH = Path.of("data", "ddor.duckdb");

    private final Path path;
    private final Connection connection;

    private Store(Path path, Connection connection) {
        this.path = path;
        this.connection = connection;
    }

    /** Opens (creating if absent) the store at {@code path} and brings its schema up to date. */
    public static Store open(Path path) {
        return open(path, Migrations.latestVersion());
    }

    /**
     * Opens the store and migrates it to {@code schemaVersion} only; for testing upgrades from an
     * older version. Users call {@link #open(Path)}.
     */
    public static Store open(Path path, int schemaVersion) {
        Connection connection = connect(path);
        try {
            Migrations.migrate(connection, path.toString(), schemaVersion);
            if (schemaVersion >= 1) {
                ReferenceData.ensureLoaded(connection, org.ddor.ingest.reference.Gazetteer::load);
            }
            return new Store(path, connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof StoreException storeException) {
                throw storeException;
            }
            throw new StoreException("cannot prepare store " + path + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Properties properties = new Properties();
            // DuckDB keeps freed buffers up to its limit (80 % of memory by default): an import's
            // temporary tables would hold gigabytes. A bounded limit makes it spill to disk instead.
            properties.setProperty("memory_limit", memoryLimit());
            return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), properties);
        } catch (IOException e) {
            throw new StoreException("cannot create the folder for store " + path + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new StoreException(explainOpenFailure(path, e), e);
        }
    }

    /** $DDOR_MEMORY_LIMIT (a DuckDB size such as "2GB"), else 1GB. */
    static String memoryLimit() {
        String configured = System.getenv("DDOR_MEMORY_LIMIT");
        return configured == null || configured.isBlank() ? "1GB" : configured.strip();
    }

    /** DuckDB's lock message is long and technical; say what it means. */
    static String explainOpenFailure(Path path, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("lock")) {
            return "store " + path + " is in use by another process (a running 'ddor serve' or import);"
                    + " stop it or hand the work to it";
        }
        if (message.contains("not a valid DuckDB database") || message.contains("Invalid Input Error")) {
            return "file " + path + " is not a DDOR store (not a DuckDB database): choose another --db";
        }
        return "cannot open store " + path + ": " + message.lines().findFirst().orElse(message);
    }

    /** Where the store lives. */
    public Path path() {
        return path;
    }

    /** The store's connection. Owned by the store: do not close it. */
    public Connection connection() {
        return connection;
    }

    /** A further connection to the same database, for another thread; the caller closes it. */
    public Connection duplicateConnection() throws SQLException {
        return connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate();
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        try {
            return Migrations.currentVersion(connection);
        } catch (SQLException e) {
            throw new StoreException("cannot read schema version of " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after a failure: the first error is the one worth reporting.
        }
    }
}
