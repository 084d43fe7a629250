package org.ddor.store.imports;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.InputProbe;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.store.DerivedTables;
import org.ddor.store.Query;
import org.ddor.store.Store;
import org.ddor.store.StoreException;

/**
 * Imports one file into the store: detects its layout, refuses a file imported before
 * (checksum), and runs the layout's importer in a single transaction, so a failed or
 * interrupted import (kill -9 included: DuckDB replays only committed work) leaves the store
 * exactly as it was. Not thread-safe.
 */
public final class Importer {

    private final Store store;
    private final Gazetteer gazetteer;
    private final InputLimits limits;

    public Importer(Store store) {
        this(store, Gazetteer.load(), InputLimits.DEFAULT);
    }

    public Importer(Store store, Gazetteer gazetteer, InputLimits limits) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.limits = limits;
    }

    /**
     * Imports {@code file}.
     *
     * @throws InputException          the file cannot be read as a whole (nothing stored)
     * @throws ImportRefusedException  too many rows rejected (nothing stored; rejects written)
     */
    public ImportResult importFile(Path file, ImportOptions options, ImportProgress progress) {
        ProbedInput input = new InputProbe(limits).probe(file);
        SourceKind kind = chooseLayout(input, options);
        progress.phase(input.layout().describe());
        String sha256 = Checksums.sha256(file);
        String releaseName = options.name() != null ? options.name() : file.getFileName().toString();
        Connection connection = store.connection();
        try {
            var earlier = Releases.bySha256(connection, sha256);
            if (earlier.isPresent()) {
                return ImportResult.alreadyImported(earlier.get(), Releases.nameOf(connection, earlier.get()));
            }
            requireNewName(connection, releaseName);
            Path rejects = options.rejectsFile() != null ? options.rejectsFile() : defaultRejectsFile(releaseName);
            return inTransaction(connection, kind != SourceKind.POLICY, progress, () -> switch (kind) {
                case FOIA_2015, ERO_LESA -> new DetainerImporter(connection, gazetteer, limits)
                        .run(input, kind, options, releaseName, sha256, rejects, progress);
                case POLICY -> new PolicyImporter(connection, gazetteer).run(input, options, releaseName, sha256, rejects);
                case CANONICAL -> new CanonicalImporter(connection, gazetteer, limits)
                        .run(input, options, releaseName, sha256, rejects, progress);
                default -> throw new InputException(file + ": the " + kind.layoutName() + " layout cannot be imported yet");
            });
        } catch (SQLException e) {
            throw new StoreException("import of " + file + " failed, nothing was stored: " + e.getMessage(), e);
        }
    }

    private static SourceKind chooseLayout(ProbedInput input, ImportOptions options) {
        SourceKind detected = input.layout().kind();
        if (options.layout() != null && options.layout() != detected) {
            throw new InputException(input.path() + ": --layout " + options.layout().layoutName() + " was given, but the header is "
                    + input.layout().describe() + "; check the file, or leave --layout at auto");
        }
        return detected;
    }

    private static void requireNewName(Connection connection, String name) throws SQLException {
        try (var select = connection.prepareStatement("select count(*) from source_release where name = ?")) {
            select.setString(1, name);
            try (var rows = select.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    throw new InputException("a different file was already imported as release '" + name
                            + "'; give this one another name with --name");
                }
            }
        }
    }

    private Path defaultRejectsFile(String releaseName) {
        Path folder = store.path().toAbsolutePath().getParent();
        String safe = releaseName.replaceAll("[^A-Za-z0-9._-]+", "_");
        return folder.resolve("rejects").resolve(safe + ".rejects.csv");
    }

    private interface Work {
        ImportResult run() throws SQLException;
    }

    /**
     * Runs {@code work} and records what it stored in one transaction. When {@code detainers} (the file
     * may add or change detainers, custody events or facilities) the derived tables are rebuilt in it too.
     */
    private static ImportResult inTransaction(Connection connection, boolean detainers, ImportProgress progress,
                                              Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            ImportResult result = work.run();
            if (!result.alreadyImported()) {
                Query.execute(connection, Importer.class, "release_coverage.sql", result.releaseId());
            }
            if (!result.alreadyImported() && detainers) {
                progress.phase("updating the figures per unit and day");
                DerivedTables.refresh(connection);
            }
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
