package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ddor.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the database reads a large CSV, which gives no rows to count, the import reports the share of the file
 * read (the terminal shows it with the time left): rising, within 0..1, and never after the read has ended.
 */
class ReadProgressTest {

    @TempDir
    Path folder;

    @Test
    void aLargeCsvImportReportsTheShareOfTheFileReadAsItGoes() throws Exception {
        Path file = ChildDdor.foiaCsv(folder.resolve("large.csv"), 300_000, 200);
        List<String> events = new CopyOnWriteArrayList<>();
        List<Double> shares = new CopyOnWriteArrayList<>();
        ImportProgress progress = new ImportProgress() {
            @Override
            public void phase(String description) {
                events.add(description);
            }

            @Override
            public void rows(long rowsRead) {
            }

            @Override
            public void share(double read) {
                shares.add(read);
                events.add("share");
            }
        };

        try (Store store = ImportFixtures.openStore(folder)) {
            ImportResult result = new Importer(store).importFile(file, ImportFixtures.options(folder), progress);

            assertThat(result.rowsImported()).isEqualTo(300_000);
            assertThat(ImportFixtures.value(store, "select current_setting('enable_progress_bar')")).isEqualTo("false");
        }
        assertThat(shares).isNotEmpty().allMatch(share -> share > 0 && share <= 1).isSorted();
        int reading = events.indexOf("reading large.csv");
        int validating = events.indexOf("validating");
        assertThat(events.subList(reading + 1, validating)).containsOnly("share");
        assertThat(events.subList(validating, events.size())).doesNotContain("share");
    }
}
