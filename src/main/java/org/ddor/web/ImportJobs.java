package org.ddor.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.ddor.ingest.InputException;
import org.ddor.store.StoreException;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportRefusedException;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's imports: one worker thread runs them one after another on the server's store (DuckDB admits
 * one writer, and the {@link Importer} is not thread-safe), each in one transaction, so a failed import
 * leaves the store unchanged while the site goes on answering from it. Keeps the last {@value #KEPT} jobs in
 * memory. Thread-safe.
 */
final class ImportJobs implements AutoCloseable {

    static final int KEPT = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final Site site;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ddor-import");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, ImportJob> jobs = new LinkedHashMap<>();
    private long lastId;
    private Importer importer;

    ImportJobs(Site site) {
        this.site = site;
    }

    /** Where uploads are kept until imported: a folder beside the store. */
    Path uploadFolder() {
        return storeFolder().resolve("uploads");
    }

    private Path storeFolder() {
        return site.store().path().toAbsolutePath().getParent();
    }

    /** Queues the import of {@code upload}; the job deletes the file when it ends. */
    synchronized ImportJob submit(String fileName, Path upload, ImportOptions options, Long rowsEstimated) {
        ImportJob job = new ImportJob(++lastId, fileName, upload, options, rowsEstimated, storeFolder());
        jobs.put(job.id(), job);
        forgetOldJobs();
        worker.execute(() -> run(job));
        return job;
    }

    synchronized Optional<ImportJob> job(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The jobs kept, newest first. */
    synchronized List<ImportJob> recent() {
        List<ImportJob> recent = new ArrayList<>(jobs.values());
        java.util.Collections.reverse(recent);
        return recent;
    }

    private void forgetOldJobs() {
        Iterator<ImportJob> oldest = jobs.values().iterator();
        while (jobs.size() > KEPT && oldest.hasNext()) {
            if (oldest.next().finished()) {
                oldest.remove();
            }
        }
    }

    private void run(ImportJob job) {
        job.running();
        try {
            if (importer == null) {
                importer = new Importer(site.store());
            }
            ImportResult result = importer.importFile(job.upload(), job.options(), job);
            if (!result.alreadyImported()) {
                site.changed();
            }
            job.done(result);
        } catch (InputException | ImportRefusedException | StoreException | IllegalArgumentException e) {
            job.failed(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("import job {} of {} failed", job.id(), job.fileName(), e);
            job.failed("the import failed; nothing was stored, and the error is in the server's log");
        } finally {
            deleteQuietly(job.upload());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete the uploaded file {}: {}", file, e.getMessage());
        }
    }

    /** Takes no more jobs and waits up to a minute for the running one (it is one transaction either way). */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.warn("an import is still running; closing the store rolls it back");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
