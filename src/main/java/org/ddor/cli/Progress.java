package org.ddor.cli;

import java.io.PrintStream;

/**
 * Progress of a long operation on the terminal: rows, rows/s and time left, redrawn at most
 * five times a second on stderr. Silent when stderr is not a terminal (CI, pipes, files).
 * Not thread-safe: update from one thread.
 */
final class Progress implements AutoCloseable {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final String label;
    private final long total;
    private final boolean visible;
    private final PrintStream out = System.err;
    private final long started = System.nanoTime();
    private long lastDrawn;

    private Progress(String label, long total, boolean visible) {
        this.label = label;
        this.total = total;
        this.visible = visible;
    }

    /** A progress line for {@code total} units (0 when unknown). */
    static Progress start(String label, long total) {
        return new Progress(label, total, System.console() != null);
    }

    /** Reports that {@code done} units are finished. */
    void update(long done) {
        long now = System.nanoTime();
        if (!visible || now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        String eta = total > 0 && rate > 0 ? String.format(", %.0f s left", (total - done) / rate) : "";
        String share = total > 0 ? String.format(" (%.0f%%)", 100.0 * done / total) : "";
        out.printf("\r%s: %,d rows%s, %,.0f rows/s%s   ", label, done, share, rate, eta);
    }

    /** Reports that the share {@code read} (0 to 1) of the work is done, when only the share is known. */
    void updateShare(double read) {
        long now = System.nanoTime();
        if (!visible || now - lastDrawn < REDRAW_NANOS || read <= 0) {
            return;
        }
        lastDrawn = now;
        double seconds = (now - started) / 1e9;
        out.printf("\r%s: %.0f%% of the file, about %.0f s left   ", label, 100 * read, seconds * (1 - read) / read);
    }

    /** Clears the progress line. */
    void done() {
        if (visible) {
            out.print("\r" + " ".repeat(78) + "\r");
        }
    }

    @Override
    public void close() {
        done();
    }
}
