package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;
import static org.ddor.store.imports.ImportFixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.ddor.store.Store;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every stored record's source row is the row a spreadsheet shows, and so is every reject's, in a file that
 * mixes everything that shifts rows: title rows, quoted values over several lines, rows the CSV reader
 * rejects, rows the validation rejects, empty lines and comma-only rows. Each row carries its expected
 * row number in its city column.
 */
class SourceRowTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "seed {0}, line end {1}")
    @CsvSource({"1, LF", "2, CRLF", "3, LF"})
    void everyRecordAndRejectKeepsTheRowASpreadsheetShows(long seed, String lineEnd) throws Exception {
        MixedFile mixed = MixedFile.write(new Random(seed), 3000, "CRLF".equals(lineEnd) ? "\r\n" : "\n");
        Path file = Files.writeString(folder.resolve("mixed.csv"), mixed.text());

        try (Store store = ImportFixtures.openStore(folder)) {
            ImportResult result = importFile(store, file, options(folder).withMaxRejectShare(0.5));

            assertThat(result.rowsImported()).isEqualTo(mixed.goodRows().size());
            assertThat(rows(store, "select source_row from detainer order by source_row").stream()
                    .map(row -> Long.parseLong(row.get(0))).toList()).isEqualTo(mixed.goodRows());
            assertThat(rows(store, "select d.source_row, f.city from detainer d join facility f on f.id = d.facility_id "
                    + "where 'ROW ' || d.source_row <> f.city")).isEmpty();
            assertThat(rows(store, "select source_row from import_reject order by source_row").stream()
                    .map(row -> Long.parseLong(row.get(0))).toList()).isEqualTo(mixed.rejectedRows());
        }
    }

    /** A generated file and the rows it should give. */
    private record MixedFile(String text, List<Long> goodRows, List<Long> rejectedRows) {

        static MixedFile write(Random random, int records, String lineEnd) {
            StringBuilder text = new StringBuilder("DETAINERS (TEST)" + lineEnd + lineEnd);
            text.append("date,lift_reason,det_facility,city,state,detainer_type").append(lineEnd);
            List<Long> good = new ArrayList<>();
            List<Long> rejected = new ArrayList<>();
            for (long row = 4; row < records; row++) {
                String city = "ROW " + row;
                switch (random.nextInt(12)) {
                    case 0 -> text.append("");
                    case 1 -> text.append(",,,,,");
                    case 2 -> {
                        text.append("2012-01-02 00:00:00,\"Case").append(lineEnd).append("Closed\",\"SCI X,").append(lineEnd)
                                .append("PA\",").append(city).append(",PENNSYLVANIA,");
                        good.add(row);
                    }
                    case 3 -> {
                        text.append("2012-02-30 00:00:00,Lifted,SCI X,").append(city).append(",PENNSYLVANIA,");
                        rejected.add(row);
                    }
                    case 4 -> {
                        text.append("2012-01-02 00:00:00,Lifted,SCI X,").append(city).append(",PENNSYLVANIA,,EXTRA");
                        rejected.add(row);
                    }
                    case 5 -> {
                        text.append("2012-01-02 00:00:00,\"Lifted\"x,SCI X,").append(city).append(",PENNSYLVANIA,");
                        rejected.add(row);
                    }
                    default -> {
                        text.append("2012-01-02 00:00:00,Lifted,\"SCI X, PA\",").append(city).append(",PENNSYLVANIA,I247D");
                        good.add(row);
                    }
                }
                text.append(lineEnd);
            }
            return new MixedFile(text.toString(), good, rejected);
        }
    }
}
