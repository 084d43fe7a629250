package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;
import org.duckdb.DuckDBPreparedStatement;

/**
 * Reports how far the database has got with one long statement (DuckDB's query progress: for a CSV read, the
 * share of the file's bytes), polled from a thread of its own while the statement runs. DuckDB tracks progress
 * only with its progress bar enabled; it is enabled for the statement, never printed, and reset afterwards.
 */
final class StatementProgress implements AutoCloseable {

    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final ScheduledExecutorService poller;

    private StatementProgress(Connection connection, ScheduledExecutorService poller) {
        this.connection = connection;
        this.poller = poller;
    }

    /** Starts polling {@code statement}, which is about to run on {@code connection}; close when it has run. */
    static StatementProgress watch(Connection connection, PreparedStatement statement, DoubleConsumer share)
            throws SQLException {
        execute(connection, "set enable_progress_bar = true");
        execute(connection, "set enable_progress_bar_print = false");
        DuckDBPreparedStatement duck = statement.unwrap(DuckDBPreparedStatement.class);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ddor-statement-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> report(duck, share), POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        return new StatementProgress(connection, poller);
    }

    private static void report(DuckDBPreparedStatement statement, DoubleConsumer share) {
        try {
            double percentage = statement.getQueryProgress().getPercentage();
            if (percentage > 0) {
                share.accept(Math.min(percentage / 100, 1));
            }
        } catch (SQLException | RuntimeException ignored) {
            // Progress is a courtesy: a statement that has just finished has none to give.
        }
    }

    /** Stops polling (no report comes after this returns) and resets the progress settings. */
    @Override
    public void close() throws SQLException {
        poller.shutdownNow();
        try {
            poller.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        execute(connection, "reset enable_progress_bar");
        execute(connection, "reset enable_progress_bar_print");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
