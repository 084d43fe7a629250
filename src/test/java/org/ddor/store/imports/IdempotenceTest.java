package org.ddor.store.imports;

import org.ddor.cli.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ddor.store.imports.ImportFixtures.count;
import static org.ddor.store.imports.ImportFixtures.fixture;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;
import static org.ddor.store.imports.ImportFixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddor.ingest.InputException;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing the same file twice changes nothing (checksum); an overlapping release stores only its new
 * records; duplicates inside an ERO-LESA release are marked and counted once; identical FOIA rows stay two.
 */
class IdempotenceTest {

    private static final String FOIA_HEADER = "date,lift_reason,det_facility,city,state,detainer_type\n";

    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void openStore() {
        store = ImportFixtures.openStore(folder);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theSameFileTwiceChangesNothing() throws Exception {
        ImportResult first = importFile(store, fixture("foia_2015.csv"), options(folder));
        Map<String, String> after = ImportFixtures.snapshot(store);

        ImportResult second = importFile(store, fixture("foia_2015.csv"), options(folder));

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.releaseId()).isEqualTo(first.releaseId());
        assertThat(second.rowsImported()).isZero();
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(after);
    }

    @Test
    void theSameContentUnderAnotherNameIsAlreadyImported() throws Exception {
        ImportResult first = importFile(store, fixture("ero_lesa.csv"), options(folder));
        Map<String, String> after = ImportFixtures.snapshot(store);
        Path renamed = ImportFixtures.copyFixture("ero_lesa.csv", folder, "fy26_resent_by_ice.csv");

        ImportResult second = importFile(store, renamed, options(folder).withName("FY26 again"));

        assertThat(second.alreadyImported()).isTrue();
        assertThat(second.releaseId()).isEqualTo(first.releaseId());
        assertThat(second.name()).isEqualTo("ero_lesa.csv");
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(after);
    }

    @Test
    void theCommandLineSaysNothingChanged() {
        Path db = ImportFixtures.storeFile(folder.resolve("cli"));
        String file = fixture("foia_2015_ice_spelling.csv").toString();
        CommandLineRun.of("import", file, "--db", db.toString());

        CommandLineRun again = CommandLineRun.of("import", file, "--db", db.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).isEqualTo("already imported as release 1 'foia_2015_ice_spelling.csv': nothing changed"
                + System.lineSeparator());
    }

    @Test
    void aDifferentFileUnderATakenNameIsRefused() throws Exception {
        importFile(store, fixture("foia_2015.csv"), options(folder).withName("PA 2015"));
        Map<String, String> after = ImportFixtures.snapshot(store);

        assertThatThrownBy(() -> importFile(store, fixture("foia_2015_ice_spelling.csv"), options(folder).withName("PA 2015")))
                .isInstanceOf(InputException.class)
                .hasMessage("a different file was already imported as release 'PA 2015'; give this one another name with --name");
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(after);
    }

    @Test
    void anOverlappingReleaseStoresOnlyItsNewRecords() throws Exception {
        List<String> rows = foiaRows(30);
        Path first = Files.writeString(folder.resolve("fy2014.csv"), FOIA_HEADER + String.join("", rows.subList(0, 20)));
        Path second = Files.writeString(folder.resolve("fy2014_2015.csv"), FOIA_HEADER + String.join("", rows.subList(10, 30)));
        importFile(store, first, options(folder));

        ImportResult overlapping = importFile(store, second, options(folder));

        assertThat(overlapping.rowsRead()).isEqualTo(20);
        assertThat(overlapping.alreadyStored()).isEqualTo(10);
        assertThat(overlapping.rowsImported()).isEqualTo(10);
        assertThat(count(store, "select count(*) from detainer")).isEqualTo(30);
        assertThat(count(store, "select count(*) from detainer where release_id = " + overlapping.releaseId()
                + " and source_row between 12 and 21")).isEqualTo(10);
    }

    @Test
    void identicalRowsRepeatedInAnOverlappingReleaseAreMatchedOccurrenceByOccurrence() throws Exception {
        String row = "2015-01-15 00:00:00,Lifted,SCI SMITHFIELD,HUNTINGDON,PENNSYLVANIA,I247D\n";
        Path first = Files.writeString(folder.resolve("a.csv"), FOIA_HEADER + row.repeat(2));
        Path second = Files.writeString(folder.resolve("b.csv"), FOIA_HEADER + row.repeat(3));
        importFile(store, first, options(folder));

        ImportResult overlapping = importFile(store, second, options(folder));

        assertThat(overlapping.alreadyStored()).isEqualTo(2);
        assertThat(overlapping.rowsImported()).isEqualTo(1);
        assertThat(count(store, "select count(*) from detainer")).isEqualTo(3);
    }

    @Test
    void eroLesaExactRepeatsAndDuplicateLikelyRowsPointAtTheRecordTheyRepeat() throws Exception {
        ImportResult result = importFile(store, fixture("ero_lesa.csv"), options(folder));

        assertThat(result.duplicates()).isEqualTo(2);
        assertThat(rows(store, "select d.source_row, o.source_row from detainer d join detainer o on o.id = d.duplicate_of "
                + "order by d.source_row")).containsExactly(List.of("4", "3"), List.of("5", "2"));
        assertThat(count(store, "select count(*) from detainer where duplicate_of is null")).isEqualTo(5);
    }

    @Test
    void aDuplicateLikelyRowInALaterReleasePointsAtTheEarlierReleasesRecord() throws Exception {
        importFile(store, fixture("ero_lesa.csv"), options(folder));
        List<String> lines = Files.readAllLines(fixture("ero_lesa.csv"));
        String repeat = lines.get(1).replace("\"Detainer Declined by LEA\"", "\"Detainer Lifted\"")
                .replace(",FALSE,", ",TRUE,");
        Path later = Files.writeString(folder.resolve("later.csv"), lines.get(0) + "\n" + repeat + "\n");

        ImportResult result = importFile(store, later, options(folder));

        assertThat(result.duplicates()).isEqualTo(1);
        assertThat(rows(store, "select o.release_id, o.source_row from detainer d join detainer o on o.id = d.duplicate_of "
                + "where d.release_id = " + result.releaseId())).containsExactly(List.of("1", "2"));
    }

    @Test
    void identicalFoiaRowsAreTwoDetainersNotDuplicates() throws Exception {
        ImportResult result = importFile(store, fixture("foia_2015.csv"), options(folder));

        assertThat(result.duplicates()).isZero();
        assertThat(rows(store, "select source_row, duplicate_of, right(record_key, 2) from detainer "
                + "where source_row in (3, 4) order by source_row")).containsExactly(
                java.util.Arrays.asList("3", null, ":1"), java.util.Arrays.asList("4", null, ":2"));
        assertThat(count(store, "select count(*) from detainer where duplicate_of is null")).isEqualTo(19);
    }

    /** Distinct FOIA rows, one a day. */
    private static List<String> foiaRows(int count) {
        List<String> rows = new ArrayList<>();
        for (int day = 1; day <= count; day++) {
            rows.add(String.format("2014-%02d-%02d 00:00:00,Booked into Detention,\"BUCKS CNTY JAIL, PA\",DOYLESTOWN,"
                    + "PENNSYLVANIA,I247D%n", 1 + day / 28, 1 + day % 28).replace(System.lineSeparator(), "\n"));
        }
        return rows;
    }
}
