package org.ddor.cli;

import org.ddor.store.imports.ImportProgress;

/**
 * Import progress on the terminal: one line per phase, rows/s (or the share of the file and the time left) while
 * reading; quiet when not a terminal.
 */
final class TerminalProgress implements ImportProgress, AutoCloseable {

    private final boolean visible = System.console() != null;
    private final long started = System.nanoTime();
    private Progress rows;

    static TerminalProgress start() {
        return new TerminalProgress();
    }

    @Override
    public void phase(String description) {
        done();
        if (visible) {
            System.err.printf("%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, description);
        }
    }

    @Override
    public void rows(long rowsRead) {
        if (rows == null) {
            rows = Progress.start("reading", 0);
        }
        rows.update(rowsRead);
    }

    @Override
    public void share(double read) {
        if (rows == null) {
            rows = Progress.start("reading", 0);
        }
        rows.updateShare(read);
    }

    void done() {
        if (rows != null) {
            rows.done();
            rows = null;
        }
    }

    @Override
    public void close() {
        done();
    }
}
