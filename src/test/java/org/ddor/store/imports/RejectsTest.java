package org.ddor.store.imports;

import org.ddor.cli.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ddor.store.imports.ImportFixtures.count;
import static org.ddor.store.imports.ImportFixtures.fixture;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;
import static org.ddor.store.imports.ImportFixtures.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Malformed rows are rejected one by one with file, row, column (the file's own header text), reason and
 * raw value; above the limit the whole import is refused, the store is unchanged and the rejects are written.
 */
class RejectsTest {

    private static final String DIRTY = "ero_lesa_dirty.csv";
    private static final String HEADER = "file,sheet,row,column,reason,raw_value";
    private static final List<String> DIRTY_REJECTS = List.of(HEADER,
            "ero_lesa_dirty.csv,,3,detainer_prepare_date,"
                    + "\"not a date: expected YYYY-MM-DD, M/D/YYYY or a spreadsheet date\",2025-02-30",
            "ero_lesa_dirty.csv,,4,detainer_prepare_date,"
                    + "\"not a date: expected YYYY-MM-DD, M/D/YYYY or a spreadsheet date\",13/45/2025",
            "ero_lesa_dirty.csv,,5,detainer_prepare_date,prepare date is missing,",
            "ero_lesa_dirty.csv,,6,facility_state,not a U.S. state or territory,NARNIA",
            "ero_lesa_dirty.csv,,7,birth_year,not a birth year,19x5",
            "ero_lesa_dirty.csv,,8,,row has more columns than the header (10 of 9),\"2025-02-06,MINNESOTA,"
                    + "St. Paul Area of Responsibility,RAMSEY COUNTY JAIL,RAMSEMN,ST. PAUL,1996,Detainer Lifted,d7,EXTRA\"",
            "ero_lesa_dirty.csv,,9,detention_facility,\"stray quote: a quoted value has text after its closing quote, "
                    + "or its quote is never closed\",\"2025-02-07,MINNESOTA,St. Paul Area of Responsibility,"
                    + "\"\"MINN.C.F.\"\"ST.CLOUD,MNCFSTC,ST. CLOUD,1979,Transferred,d8\"");

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
    void eachMalformedRowIsRejectedWithFileRowColumnReasonAndRawValue() throws Exception {
        Path rejects = folder.resolve("dirty.rejects.csv");

        ImportResult result = importFile(store, fixture(DIRTY), options(folder).withMaxRejectShare(0.6)
                .withRejectsFile(rejects));

        assertThat(Files.readAllLines(rejects)).containsExactlyElementsOf(DIRTY_REJECTS);
        assertThat(result.rejectsFile()).isEqualTo(rejects);
        assertThat(count(store, "select count(*) from import_reject where release_name = 'ero_lesa_dirty.csv'"))
                .isEqualTo(7);
    }

    @Test
    void theSummaryCountsRejectsAndTheRowsAroundThemAreStoredWithTheirRows() throws Exception {
        ImportResult result = importFile(store, fixture(DIRTY), options(folder).withMaxRejectShare(0.6));

        assertThat(result.rowsRead()).isEqualTo(12);
        assertThat(result.rowsRejected()).isEqualTo(7);
        assertThat(result.rowsImported()).isEqualTo(5);
        assertThat(rows(store, "select source_row, subject_key, raw_issued, issued, birth_year from detainer order by source_row"))
                .containsExactly(List.of("2", "d1", "2025-02-03", "2025-02-03", "1990"),
                        List.of("10", "d9", "2025-02-08", "2025-02-08", "1980"),
                        List.of("11", "d10", "2025-02-09", "2025-02-09", "1981"),
                        java.util.Arrays.asList("12", "d11", "2025-02-10", "2025-02-10", null),
                        List.of("13", "d12", "2/11/2025", "2025-02-11", "1983"));
        assertThat(count(store, "select rows_read * 10000 + rows_imported * 100 + rows_rejected from source_release"))
                .isEqualTo(12_05_07);
    }

    @Test
    void theCommandLineSummaryCountsRejectsAndNamesTheRejectsFile() {
        Path db = ImportFixtures.storeFile(folder.resolve("cli"));
        Path rejects = folder.resolve("cli.rejects.csv");

        CommandLineRun run = CommandLineRun.of("import", fixture(DIRTY).toString(), "--db", db.toString(),
                "--max-reject-share", "0.6", "--rejects", rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("  rows read                      12\n",
                "  imported                        5\n",
                "  rejected                        7   (reasons in " + rejects + ")\n");
    }

    @Test
    void anXlsxsRejectsNameTheSheetAndItsRows() throws Exception {
        List<Object> good = TestWorkbooks.eroLesaRow(LocalDate.of(2024, 3, 1), "TEXAS", "HARRIS COUNTY JAIL", "HARRITX",
                "HOUSTON", 1980, "Detainer Declined by LEA", "x1");
        List<Object> extraCell = new ArrayList<>(good);
        extraCell.add("EXTRA");
        List<Object> missingDate = new ArrayList<>(good);
        missingDate.set(0, null);
        List<Object> badYear = new ArrayList<>(good);
        badYear.set(8, "19x5");
        Path xlsx = TestWorkbooks.write(folder.resolve("dirty.xlsx"), new TestWorkbooks.Sheet("FY24",
                TestWorkbooks.iceSheet(TestWorkbooks.ERO_LESA_HEADER,
                        List.of(good, extraCell, good, missingDate, badYear, good))));

        ImportResult result = importFile(store, xlsx, options(folder).withMaxRejectShare(0.9));

        assertThat(result.rowsRead()).isEqualTo(6);
        assertThat(result.rowsRejected()).isEqualTo(3);
        assertThat(Files.readAllLines(folder.resolve("rejects.csv"))).containsExactly(HEADER,
                "dirty.xlsx,FY24,6,,row has values beyond the header's last column,EXTRA",
                "dirty.xlsx,FY24,8,Detainer Prepare Date,prepare date is missing,",
                "dirty.xlsx,FY24,9,Birth Year,not a birth year,19x5");
        assertThat(rows(store, "select source_row from detainer order by source_row"))
                .containsExactly(List.of("5"), List.of("7"), List.of("10"));
    }

    @Test
    void aboveTheLimitTheImportIsRefusedTheStoreIsUnchangedAndTheRejectsAreWritten() throws Exception {
        importFile(store, fixture("foia_2015.csv"), options(folder));
        Map<String, String> before = ImportFixtures.snapshot(store);
        Path file = fixture(DIRTY);
        Path rejects = folder.resolve("refused.rejects.csv");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> importFile(store, file, options(folder).withRejectsFile(rejects)));

        assertThat(refused).hasMessage(file + ": 7 of 12 rows rejected (58.3%), over the limit of 5.0%; "
                + "nothing was imported; reasons in " + rejects);
        assertThat(refused.rejectsFile()).isEqualTo(rejects);
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
        assertThat(Files.readAllLines(rejects)).containsExactlyElementsOf(DIRTY_REJECTS);
    }

    @Test
    void aRefusedImportIsOneLineOnStandardErrorAndExitCodeOne() {
        Path db = ImportFixtures.storeFile(folder.resolve("cli"));
        Path rejects = folder.resolve("cli.rejects.csv");

        CommandLineRun run = CommandLineRun.of("import", fixture(DIRTY).toString(), "--db", db.toString(),
                "--rejects", rejects.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("ddor: " + fixture(DIRTY) + ": 7 of 12 rows rejected (58.3%), over the limit "
                + "of 5.0%; nothing was imported; reasons in " + rejects + System.lineSeparator());
        assertThat(rejects).exists();
    }
}
