package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.store.imports.ImportFixtures.count;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ddor.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importers stream (DESIGN.md §4): the database parses the file in native memory, so a large file with a
 * 10 MB field imports in a JVM whose heap is far smaller than the file. Not a timed test.
 */
class StreamingImportTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path folder;

    @Test
    void aLargeCsvWithATenMegabyteFieldImportsWithA96MegabyteHeap() throws Exception {
        Path db = ImportFixtures.storeFile(folder);
        Path file = ChildDdor.foiaCsv(folder.resolve("large.csv"), ROWS, 500);
        ChildDdor.appendLongRow(file, 10 << 20);
        Path log = folder.resolve("child.log");

        Process child = ChildDdor.start(log, List.of("-Xmx96m"), "import", file.toString(), "--db", db.toString(),
                "--rejects", folder.resolve("large.rejects.csv").toString());

        assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("import finished").isTrue();
        String output = Files.readString(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("  rows read                 200,001\n", "  imported                  200,000\n",
                "  rejected                        1", "  columns not read:    remarks\n");
        assertThat(Files.size(file)).as("larger than the heap").isGreaterThan(96L << 20);
        try (Store store = Store.open(db)) {
            assertThat(count(store, "select count(*) from detainer")).isEqualTo(ROWS);
            assertThat(count(store, "select max(source_row) from detainer")).isEqualTo(ROWS + 1);
        }
    }
}
