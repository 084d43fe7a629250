package org.ddor.web;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;

/**
 * One uploaded file and its import: queued, running, then done or failed. The import worker writes it (it
 * is the import's {@link ImportProgress}); request threads read {@link #status()}. Kept in memory only: the
 * durable record of an import is its release in the store.
 */
final class ImportJob implements ImportProgress {

    enum State { QUEUED, RUNNING, DONE, FAILED }

    /** What {@code GET /api/imports/{id}} answers. Times are ISO instants; absent ones are null. */
    record Status(long id, String file, String state, Instant submitted, Instant started, Instant finished,
                  String phase, Progress progress, Result result, String error) {
    }

    /**
     * Seconds since the import started, and rows read so far. The importer counts rows as it reads an xlsx
     * workbook; DuckDB reads a CSV in one statement, so a CSV's rows are known once it has been read.
     * {@code rowsEstimated} (CSV only: the file's line count less the header) and {@code secondsLeft} (needs
     * an estimate and a rate) are null when unknown. While the database reads a CSV, {@code shareRead} is the
     * share of the file read (0 to 1) and gives {@code secondsLeft} for the read; null otherwise.
     */
    record Progress(long elapsedSeconds, long rowsRead, Long rowsEstimated, long rowsPerSecond, Long secondsLeft,
                    Double shareRead) {
    }

    /** The import's summary: {@link ImportResult}'s figures; {@code rejectsFile} is relative to the store's folder. */
    record Result(long releaseId, String name, String layout, boolean alreadyImported, long rowsRead,
                  long rowsImported, long rowsRejected, long alreadyStored, long duplicates, long facilitiesNew,
                  long facilitiesUnresolved, long facilitiesAmbiguous, long recordsUnattributed,
                  List<String> unknownColumns, String rejectsFile, List<String> notes) {

        static Result of(ImportResult result, Path storeFolder) {
            String rejects = result.rejectsFile() == null ? null
                    : relative(storeFolder, result.rejectsFile().toAbsolutePath());
            return new Result(result.releaseId(), result.name(), result.layout(), result.alreadyImported(),
                    result.rowsRead(), result.rowsImported(), result.rowsRejected(), result.alreadyStored(),
                    result.duplicates(), result.facilitiesNew(), result.facilitiesUnresolved(),
                    result.facilitiesAmbiguous(), result.recordsUnattributed(), result.unknownColumns(), rejects,
                    result.notes());
        }

        private static String relative(Path folder, Path file) {
            Path shown = file.startsWith(folder) ? folder.relativize(file) : file.getFileName();
            return shown.toString().replace('\\', '/');
        }
    }

    private final long id;
    private final String fileName;
    private final Path upload;
    private final ImportOptions options;
    private final Long rowsEstimated;
    private final Path storeFolder;
    private final Instant submitted = Instant.now();
    private volatile State state = State.QUEUED;
    private volatile Instant started;
    private volatile Instant finished;
    private volatile String phase = "waiting for earlier imports to finish";
    private volatile long rowsRead;
    private volatile long readingStartedNanos;
    private volatile double shareRead;
    private volatile Result result;
    private volatile String error;

    /**
     * @param fileName      the file's name as uploaded (shown, and the release's name unless options give one)
     * @param upload        the uploaded bytes on disk; deleted once the import ends
     * @param rowsEstimated about how many data rows the file holds, or null when unknown
     * @param storeFolder   the store's folder: paths in messages are shown relative to it
     */
    ImportJob(long id, String fileName, Path upload, ImportOptions options, Long rowsEstimated, Path storeFolder) {
        this.storeFolder = storeFolder.toAbsolutePath();
        this.id = id;
        this.fileName = fileName;
        this.upload = upload;
        this.options = options;
        this.rowsEstimated = rowsEstimated;
    }

    long id() {
        return id;
    }

    String fileName() {
        return fileName;
    }

    Path upload() {
        return upload;
    }

    ImportOptions options() {
        return options;
    }

    State state() {
        return state;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    void running() {
        started = Instant.now();
        phase = "reading the file";
        state = State.RUNNING;
    }

    void done(ImportResult imported) {
        result = Result.of(imported, storeFolder);
        rowsRead = Math.max(rowsRead, imported.rowsRead());
        phase = imported.alreadyImported() ? "already imported: nothing changed" : "imported";
        end(State.DONE);
    }

    void failed(String message) {
        error = shown(message);
        phase = "failed: nothing was stored";
        end(State.FAILED);
    }

    private void end(State last) {
        finished = Instant.now();
        state = last;
    }

    @Override
    public void phase(String description) {
        phase = shown(description);
        shareRead = 0;
    }

    @Override
    public void share(double read) {
        if (readingStartedNanos == 0) {
            readingStartedNanos = System.nanoTime();
        }
        shareRead = read;
    }

    /** Names the file as uploaded rather than the server's copy, and server paths relative to the store's folder. */
    private String shown(String text) {
        String line = text == null ? "" : text.lines().findFirst().orElse(text);
        return line.replace(upload.toAbsolutePath().toString(), fileName).replace(upload.getFileName().toString(), fileName)
                .replace(storeFolder + java.io.File.separator, "");
    }

    @Override
    public void rows(long read) {
        if (readingStartedNanos == 0) {
            readingStartedNanos = System.nanoTime();
        }
        rowsRead = read;
    }

    Status status() {
        return new Status(id, fileName, state.name().toLowerCase(java.util.Locale.ROOT), submitted, started, finished,
                phase, progress(), result, error);
    }

    private Progress progress() {
        long read = rowsRead;
        long since = readingStartedNanos;
        double seconds = since == 0 ? 0 : (System.nanoTime() - since) / 1e9;
        long rate = seconds < 0.001 ? 0 : Math.round(read / seconds);
        double share = shareRead;
        Long left = null;
        if (state == State.RUNNING && share > 0) {
            left = Math.round(seconds * (1 - share) / share);
        } else if (state == State.RUNNING && rowsEstimated != null && rate > 0) {
            left = Math.max(0, Math.round((rowsEstimated - read) / (double) rate));
        }
        Instant start = started;
        long elapsed = start == null ? 0 : java.time.Duration.between(start, finished == null ? Instant.now() : finished)
                .toSeconds();
        return new Progress(elapsed, read, rowsEstimated, rate, left, share > 0 ? share : null);
    }
}
