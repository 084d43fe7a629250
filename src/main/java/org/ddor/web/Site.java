package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import org.ddor.report.ReportContext;
import org.ddor.store.Store;

/**
 * The store as the site uses it. The server opens the store once and owns it (DuckDB admits one
 * process per file); each request works on a connection of its own ({@link Store#duplicateConnection()}:
 * DuckDB connections are not thread-safe), prepared with the report views. Thread-safe.
 */
final class Site {

    /** Work done on a request's own connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    private final Store store;
    private final AtomicLong generation = new AtomicLong();

    Site(Store store) {
        this.store = store;
    }

    <T> T read(Work<T> work) {
        try (Connection connection = store.duplicateConnection()) {
            ReportContext.prepare(connection);
            return work.run(connection);
        } catch (WebException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("store read failed: " + e.getMessage(), e);
        }
    }

    /** True when the store holds any generated sample data: every page then says so. */
    boolean generated() {
        return read(ReportContext::holdsGeneratedData);
    }

    /**
     * How many times the store has changed since the server started (an import that stored a release adds
     * one). Anything built from the store and kept (a cached report) is current while this is unchanged.
     */
    long generation() {
        return generation.get();
    }

    /** Records that the store changed: called after an import commits. */
    void changed() {
        generation.incrementAndGet();
    }

    Store store() {
        return store;
    }

    static long count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
