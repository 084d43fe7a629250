package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.ddor.store.imports.ImportFixtures.count;
import static org.ddor.store.imports.ImportFixtures.fixture;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.ddor.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A failed or interrupted import leaves the store as it was (DESIGN.md §4): a failure at any phase of the
 * import, and a kill -9 of the importing process while it writes.
 */
class AtomicityTest {

    private static final int BIG_ROWS = 300_000;

    @TempDir
    Path folder;

    /** The progress sink is the caller's code: when it fails, the import fails with it, whatever it had done. */
    @ParameterizedTest
    @ValueSource(strings = {"reading", "validating", "resolving facilities", "storing detainers",
            "marking duplicates", "recording the release"})
    void aFailureAtAnyPhaseLeavesTheStoreAsItWas(String failingPhase) throws Exception {
        try (Store store = ImportFixtures.openStore(folder)) {
            importFile(store, fixture("ero_lesa.csv"), options(folder));
            Map<String, String> before = ImportFixtures.snapshot(store);
            Importer importer = new Importer(store);

            assertThatThrownBy(() -> importer.importFile(fixture("foia_2015.csv"), options(folder), failingAt(failingPhase)))
                    .isInstanceOf(IllegalStateException.class).hasMessage("disk full (simulated)");

            assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
            ImportResult retried = importer.importFile(fixture("foia_2015.csv"), options(folder), ImportProgress.SILENT);
            assertThat(retried.rowsImported()).isEqualTo(19);
        }
    }

    @Test
    void aRejectsFileThatCannotBeWrittenFailsTheImportAndLeavesTheStoreAsItWas() throws Exception {
        try (Store store = ImportFixtures.openStore(folder)) {
            Map<String, String> before = ImportFixtures.snapshot(store);
            Path folderInTheWay = Files.createDirectories(folder.resolve("rejects.csv"));

            assertThatThrownBy(() -> importFile(store, fixture("foia_2015.csv"), options(folder).withRejectsFile(folderInTheWay)))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("cannot write rejects file " + folderInTheWay + ": ");

            assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
        }
    }

    @Test
    void aKilledImportLeavesTheStoreAsItWasAndTheFileImportsAfterwards() throws Exception {
        Path db = ImportFixtures.storeFile(folder);
        Map<String, String> before;
        try (Store store = Store.open(db)) {
            importFile(store, fixture("foia_2015.csv"), options(folder));
            before = ImportFixtures.snapshot(store);
        }
        Path big = ChildDdor.foiaCsv(folder.resolve("big.csv"), BIG_ROWS);
        Path log = folder.resolve("child.log");
        FileState untouched = FileState.of(db);

        Process child = ChildDdor.start(log, List.of("-Xmx256m"), "import", big.toString(), "--db", db.toString());
        awaitWrites(child, db, untouched, log);
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        try (Store store = Store.open(db)) {
            assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
            assertThat(count(store, "select count(*) from source_release")).isEqualTo(1);
            ImportResult again = importFile(store, big, options(folder));
            assertThat(again.rowsImported()).isEqualTo(BIG_ROWS);
            assertThat(count(store, "select count(*) from detainer")).isEqualTo(19 + BIG_ROWS);
        }
    }

    /**
     * Waits until the importing process writes to the store: the file changes (DuckDB writes a large insert's
     * row groups to the file before the commit) or a write-ahead log appears. Until the commit, none of it counts.
     */
    private static void awaitWrites(Process child, Path db, FileState untouched, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path wal = Path.of(db + ".wal");
        while (System.nanoTime() < deadline) {
            if (!child.isAlive()) {
                fail("the import ended (exit " + child.exitValue() + ") before it could be killed: " + Files.readString(log));
            }
            if (!FileState.of(db).equals(untouched) || Files.exists(wal)) {
                return;
            }
            Thread.sleep(5);
        }
        child.destroyForcibly();
        fail("the import never wrote to the store: " + Files.readString(log));
    }

    private static ImportProgress failingAt(String failingPhase) {
        return new ImportProgress() {
            @Override
            public void phase(String description) {
                if (description.startsWith(failingPhase)) {
                    throw new IllegalStateException("disk full (simulated)");
                }
            }

            @Override
            public void rows(long rowsRead) {
            }
        };
    }

    /** A file's size and modification time. */
    private record FileState(long size, FileTime modified) {

        static FileState of(Path file) {
            try {
                return new FileState(Files.size(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
