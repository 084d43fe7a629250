package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.ddor.report.ReportContext;
import org.ddor.store.Query;
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

    /** Rendered pages kept: 64 MB at most, whatever is asked for. */
    static final long CACHE_BYTES = 64L * 1024 * 1024;
    static final int CACHE_ENTRIES = 4096;

    private final Store store;
    private final AtomicLong generation = new AtomicLong();
    private final ResponseCache cache = new ResponseCache(CACHE_BYTES, CACHE_ENTRIES);

    Site(Store store) {
        this.store = store;
    }

    /**
     * The store's generation: a number that changes whenever its contents may have (an import through the
     * server calls {@link #changed()}). Responses built from the store are cached under it, so a change
     * makes every one of them be built again.
     */
    long generation() {
        return generation.get();
    }

    /** Says the store's contents changed: responses built from the earlier contents are dropped. */
    void changed() {
        generation.incrementAndGet();
        cache.evict(BUILT);
    }

    /** Key prefix of the responses that depend on the store's contents (and so on its generation). */
    static final String BUILT = "built:";

    /** Key prefix of the responses that never change (published versions). */
    static final String FROZEN = "frozen:";

    /** The rendered responses this site keeps. */
    ResponseCache cache() {
        return cache;
    }

    /**
     * The cache key of a response built from the store's current contents: {@code what} names everything
     * else it depends on (path and format; never the raw query string, so junk parameters cannot fill the
     * cache with copies).
     */
    String builtKey(String what) {
        return BUILT + generation() + ":" + what;
    }

    /**
     * Runs {@code work} on a connection of the request's own, prepared with the report views. At most
     * {@link #CONNECTIONS} requests work on the store at once (the others wait their turn): DuckDB already
     * spreads one query over every core, so more would only share the same cores and memory. Connections
     * are reused, never made per request: making the views changes the catalog, which costs more than
     * most queries the site runs and holds up the queries running beside it. A connection is handed back
     * without the report's period table; one that failed unexpectedly is closed instead.
     */
    <T> T read(Work<T> work) {
        permits.acquireUninterruptibly();
        try {
            return readWithPermit(work);
        } finally {
            permits.release();
        }
    }

    private <T> T readWithPermit(Work<T> work) {
        Connection connection = borrow();
        boolean healthy = false;
        try {
            T result = work.run(connection);
            healthy = true;
            return result;
        } catch (WebException | IllegalArgumentException e) {
            healthy = true;
            throw e;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("store read failed: " + e.getMessage(), e);
        } finally {
            release(connection, healthy);
        }
    }

    /** Requests that work on the store at once, and so connections kept. */
    static final int CONNECTIONS = 8;

    private final Semaphore permits = new Semaphore(CONNECTIONS, true);
    private final ArrayBlockingQueue<Connection> idle = new ArrayBlockingQueue<>(CONNECTIONS);

    private Connection borrow() {
        Connection connection = idle.poll();
        if (connection != null) {
            return connection;
        }
        try {
            connection = store.duplicateConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("store read failed: " + e.getMessage(), e);
        }
        try {
            ReportContext.prepare(connection);
            Query.keepStatements(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new IllegalStateException("store read failed: " + e.getMessage(), e);
        }
    }

    /** Keeps a connection for the next request, unless it failed unexpectedly (then it is closed). */
    private void release(Connection connection, boolean healthy) {
        if (!healthy || !idle.offer(connection)) {
            closeQuietly(connection);
        }
    }

    /** Closes the idle connections (before the store closes). */
    void close() {
        for (Connection connection = idle.poll(); connection != null; connection = idle.poll()) {
            closeQuietly(connection);
        }
    }

    private static void closeQuietly(Connection connection) {
        Query.forgetStatements(connection);
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing a connection that failed: nothing more to do.
        }
    }

    /** True when the store holds any generated sample data: every page then says so. */
    boolean generated() {
        Known known = perGeneration.get(GENERATED);
        if (known != null && known.generation() == generation()) {
            return (Boolean) known.value();
        }
        return read(connection -> perGeneration(GENERATED, connection, ReportContext::holdsGeneratedData));
    }

    private static final String GENERATED = "generated data";

    /**
     * What {@code load} reads of the store's current contents, read once per generation on the
     * request's {@code connection} and shared by the requests after it: for facts that many requests
     * need and only an import changes, such as the store's coverage and the units' names. The value
     * must be immutable. The figures a request asks for are never kept this way.
     */
    @SuppressWarnings("unchecked")
    <T> T perGeneration(String name, Connection connection, Work<T> load) throws Exception {
        long current = generation();
        Known known = perGeneration.get(name);
        if (known == null || known.generation() != current) {
            known = new Known(current, load.run(connection));
            perGeneration.put(name, known);
        }
        return (T) known.value();
    }

    private record Known(long generation, Object value) {
    }

    private final Map<String, Known> perGeneration = new ConcurrentHashMap<>();

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
