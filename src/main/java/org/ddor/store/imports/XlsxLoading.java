package org.ddor.store.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.LongConsumer;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.xlsx.XlsxStager;

/**
 * Loads an xlsx sheet into a staging table on two cores: a reader thread streams the sheet into staging CSV
 * parts ({@link XlsxStager}) while the importing thread has the database load each finished part. At most
 * {@link #QUEUED_PARTS} finished parts wait on disk. A failure on either side stops both and leaves no part
 * behind. Not thread-safe: one loading at a time.
 */
final class XlsxLoading {

    /** Rows per staging part: large enough that each load is cheap per row, small enough to overlap well. */
    static final int ROWS_PER_PART = 100_000;

    private static final int QUEUED_PARTS = 2;

    /** Marks the end of the parts in the queue. */
    private static final Path END = Path.of("");

    /** Loads one staging part into the staging table. */
    @FunctionalInterface
    interface PartLoader {
        void load(Path part, boolean first) throws SQLException;
    }

    private final BlockingQueue<Path> finished = new ArrayBlockingQueue<>(QUEUED_PARTS + 1);
    private final Path folder;
    private final int rowsPerPart;

    private XlsxLoading(Path folder, int rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
    }

    /**
     * Reads the sheet of {@code input} and loads it in parts of {@code rowsPerPart} rows with {@code loader}, in
     * sheet order; returns the rows staged. {@code progress} is called on the reader thread.
     */
    static long load(ProbedInput input, HeaderMatch match, int rowsPerPart, LongConsumer progress, PartLoader loader)
            throws SQLException {
        Path folder = createFolder();
        try {
            return new XlsxLoading(folder, rowsPerPart).run(input, match, progress, loader);
        } finally {
            deleteQuietly(folder);
        }
    }

    private long run(ProbedInput input, HeaderMatch match, LongConsumer progress, PartLoader loader) throws SQLException {
        FutureTask<Long> reading = new FutureTask<>(() -> {
            try {
                return XlsxStager.stage(input, match, parts(), progress);
            } finally {
                finished.put(END);
            }
        });
        Thread reader = new Thread(reading, "ddor-xlsx-reader");
        reader.setDaemon(true);
        reader.start();
        boolean loaded = false;
        try {
            loadParts(loader);
            loaded = true;
            return rowsStaged(reading);
        } finally {
            if (!loaded) {
                reading.cancel(true);
                drainUntilEnded(reader);
            }
        }
    }

    private void loadParts(PartLoader loader) throws SQLException {
        boolean first = true;
        for (Path part = take(); part != END; part = take()) {
            try {
                loader.load(part, first);
            } finally {
                deleteQuietly(part);
            }
            first = false;
        }
    }

    private Path take() {
        try {
            return finished.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
    }

    private XlsxStager.Parts parts() {
        return new XlsxStager.Parts() {
            private int made;

            @Override
            public int rowsPerPart() {
                return rowsPerPart;
            }

            @Override
            public Path newPart() {
                return folder.resolve(String.format("part-%05d.csv", ++made));
            }

            @Override
            public void completed(Path part) throws InterruptedException {
                finished.put(part);
            }
        };
    }

    /** The reader's count of rows, or its failure as it was thrown. */
    private static long rowsStaged(FutureTask<Long> reading) {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        } catch (CancellationException e) {
            throw new IllegalStateException("reading the sheet was cancelled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("reading the sheet failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Waits (up to 10 s) for a cancelled reader to end, emptying the queue meanwhile: the reader and its writer
     * may be waiting to hand over a part or the end, and nobody else takes them now.
     */
    private void drainUntilEnded(Thread reader) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try {
            while (reader.isAlive() && System.nanoTime() < deadline) {
                finished.clear();
                reader.join(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path createFolder() {
        try {
            return Files.createTempDirectory("ddor-staging-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a staging folder: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    for (Path file : files.toList()) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless; the import's outcome matters more.
        }
    }
}
