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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.InputException;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each layout imports: rows counted, outcomes mapped, raw values beside normalised ones, every record with
 * its release, sheet and 1-based row as a spreadsheet shows it, unknown columns reported.
 */
class LayoutImportTest {

    private static final String DETAINERS = "select d.source_row, f.raw_name, d.raw_lift_reason, d.outcome, d.raw_issued, "
            + "d.issued, d.raw_type, d.type from detainer d join facility f on f.id = d.facility_id order by d.source_row";

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
    void foia2015CountsRowsAndReportsItsLayout() {
        ImportResult result = importFile(store, fixture("foia_2015.csv"), options(folder));

        assertThat(result.layout()).isEqualTo("layout foia-2015 (header has date, lift_reason, det_facility)");
        assertThat(result.rowsRead()).isEqualTo(20);
        assertThat(result.rowsImported()).isEqualTo(19);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.unknownColumns()).isEmpty();
        assertThat(result.alreadyImported()).isFalse();
    }

    @Test
    void foia2015MapsOutcomesAndKeepsRawValues() throws Exception {
        importFile(store, fixture("foia_2015.csv"), options(folder));

        Map<String, List<String>> byRow = bySourceRow(rows(store, DETAINERS));
        assertThat(byRow.get("2")).containsExactly("2", "MONTGOMERY CNTY JAIL, PA", "Case Closed", "CASE_CLOSED",
                "2007-10-02 00:00:00", "2007-10-02", null, "UNKNOWN");
        assertThat(byRow.get("5")).containsExactly("5", "PHILADELPHIA PRISON SYSTEM, PA", "Detainer Declined by LEA",
                "DECLINED_BY_LEA", "2007-10-03 00:00:00", "2007-10-03", null, "UNKNOWN");
        assertThat(byRow.get("6")).containsExactly("6", "LEWISBURG U.S. PEN.", null, "UNKNOWN",
                "2007-10-04 00:00:00", "2007-10-04", null, "UNKNOWN");
        assertThat(byRow.get("11")).containsSequence("Lifted - Lack of Funds", "LIFTED_BY_ICE");
        assertThat(byRow.get("11")).endsWith("I247", "I247");
        assertThat(byRow.get("12")).containsSequence("Detainer Declined by LEA", "DECLINED_BY_LEA");
        assertThat(byRow.get("12")).endsWith("I247D", "I247D");
        assertThat(byRow.get("13")).containsSequence("United States Citizen Interviewed", "CITIZEN_OR_NOT_REMOVABLE");
        assertThat(byRow.get("13")).endsWith("I247N", "I247N");
        assertThat(byRow.get("16")).containsSequence("Early Release", "OTHER");
    }

    @Test
    void foia2015RecordsKeepReleaseAndSpreadsheetRowAfterARejectAndAMultiLineField() throws Exception {
        ImportResult result = importFile(store, fixture("foia_2015.csv"), options(folder));

        Map<String, List<String>> byRow = bySourceRow(rows(store, DETAINERS));
        assertThat(byRow.keySet()).containsExactly("2", "3", "4", "5", "6", "8", "9", "10", "11", "12", "13", "14",
                "15", "16", "17", "18", "19", "20", "21");
        assertThat(byRow.get("8")).containsSequence("BUCKS CNTY JAIL, PA", "Lifted");
        assertThat(byRow.get("8").get(4)).isEqualTo("2008-03-01 00:00:00");
        assertThat(byRow.get("9").get(1)).isEqualTo("LANCASTER CNTY PRISON,\nLANCASTER, PA");
        assertThat(byRow.get("10").get(1)).isEqualTo("YORK COUNTY PRISON, PA");
        assertThat(byRow.get("21").get(1)).isEqualTo("ERIE CNTY PRISON, PA");
        assertThat(count(store, "select count(*) from detainer where release_id = " + result.releaseId()
                + " and sheet is null")).isEqualTo(19);
    }

    @Test
    void foia2015InIcesOriginalColumnTitlesImportsTheSame() throws Exception {
        ImportResult result = importFile(store, fixture("foia_2015_ice_spelling.csv"), options(folder));

        assertThat(result.layout()).isEqualTo(
                "layout foia-2015 (header has Prepare Date, Detainer Lift Reason, Detainer Detention Facility)");
        assertThat(result.rowsImported()).isEqualTo(3);
        assertThat(rows(store, DETAINERS)).containsExactly(
                List.of("2", "CHESTER CNTY JAIL, PA", "Detainer Declined by LEA", "DECLINED_BY_LEA",
                        "2014-11-20 00:00:00", "2014-11-20", "I247D", "I247D"),
                List.of("3", "SCI SMITHFIELD", "Booked into Detention", "BOOKED_INTO_ICE_CUSTODY",
                        "2015-01-15 00:00:00", "2015-01-15", "I247", "I247"),
                java.util.Arrays.asList("4", "BUCKS CNTY JAIL, PA", null, "UNKNOWN",
                        "2015-02-16 00:00:00", "2015-02-16", null, "UNKNOWN"));
    }

    @Test
    void eroLesaSnakeCaseReadsEveryFieldAndTreatsNaAsMissing() throws Exception {
        ImportResult result = importFile(store, fixture("ero_lesa.csv"), options(folder));

        assertThat(result.layout()).isEqualTo("layout ero-lesa (header has detainer_prepare_date, facility_aor, "
                + "detention_facility_code, citizenship_country, detainer_prepared_criminality, unique_identifier)");
        assertThat(result.rowsRead()).isEqualTo(7);
        assertThat(result.rowsImported()).isEqualTo(7);
        assertThat(result.rowsRejected()).isZero();
        assertThat(result.unknownColumns()).containsExactly("(unnamed column 1)", "case_status",
                "notify_release_request_yes_no", "file_original", "sheet_original", "row_original");
        assertThat(rows(store, "select source_row, subject_key, issuing_aor, citizenship, gender, birth_year, criminality, "
                + "convicted, msc_charge, msc_charge_code, charge_category, msc_charge_date, msc_conviction_date, "
                + "raw_lift_reason, outcome, raw_type, type, duplicate_likely from detainer where source_row in (2, 3) "
                + "order by source_row")).containsExactly(
                List.of("2", "f1c0de0000000000000000000000000000000001", "St. Paul Area of Responsibility", "MEXICO",
                        "Male", "1990", "1 Convicted Criminal", "true", "Dangerous Drugs", "3599", "Dangerous drugs",
                        "2025-11-21", "2025-12-18", "Detainer Declined by LEA", "DECLINED_BY_LEA",
                        "I247A - Immigration Detainer - Notice of Action (as of May 2025)", "I247A", "false"),
                java.util.Arrays.asList("3", "f1c0de0000000000000000000000000000000002",
                        "St. Paul Area of Responsibility", "GUATEMALA", "Female", null, "3 Other Immigration Violator",
                        "false", null, null, null, null, null, null, "UNKNOWN",
                        "I247A - Immigration Detainer - Notice of Action (as of May 2025)", "I247A", "false"));
        assertThat(ImportFixtures.value(store, "select duplicate_likely from detainer where source_row = 7")).isNull();
    }

    @Test
    void eroLesaCsvWithTitleRowsAndTitleCaseHeaderCountsTitleRowsInTheSourceRow() throws Exception {
        ImportResult result = importFile(store, fixture("ero_lesa_title_case.csv"), options(folder));

        assertThat(result.layout()).startsWith("layout ero-lesa (header has Detainer Prepare Date, Facility AOR, ");
        assertThat(result.unknownColumns()).containsExactly("Case Status");
        assertThat(rows(store, DETAINERS)).containsExactly(
                List.of("5", "HARRIS COUNTY JAIL", "Detainer Declined by LEA", "DECLINED_BY_LEA", "10/1/2023",
                        "2023-10-01", "I247A - Immigration Detainer - Notice of Action", "I247A"),
                List.of("6", "MONTGOMERY CO. JAIL", "Booked into ICE Custody", "BOOKED_INTO_ICE_CUSTODY", "10/2/2023",
                        "2023-10-02", "I247A - Immigration Detainer - Notice of Action", "I247A"),
                java.util.Arrays.asList("7", "HARRIS COUNTY JAIL", null, "UNKNOWN", "10/3/2023", "2023-10-03",
                        "I247A - Immigration Detainer - Notice of Action", "I247A"));
        assertThat(rows(store, "select msc_charge_date, msc_conviction_date, birth_year from detainer order by source_row"))
                .containsExactly(List.of("2023-06-02", "2023-09-01", "1988"), java.util.Arrays.asList(null, null, null),
                        java.util.Arrays.asList("2023-01-15", null, "1975"));
    }

    @Test
    void eroLesaXlsxKeepsSheetAndSheetRowsAndReadsDateCells() throws Exception {
        Path xlsx = TestWorkbooks.write(folder.resolve("detainers.xlsx"),
                new TestWorkbooks.Sheet("Read Me", List.of(List.of("This workbook holds test detainers."))),
                new TestWorkbooks.Sheet("Detainers FY24", TestWorkbooks.iceSheet(TestWorkbooks.ERO_LESA_HEADER, List.of(
                        TestWorkbooks.eroLesaRow(LocalDate.of(2023, 10, 2), "TEXAS", "HARRIS COUNTY JAIL", "HARRITX",
                                "HOUSTON", 1988, "Detainer Declined by LEA", "x1"),
                        java.util.Arrays.asList("not a date", "TEXAS", "Houston AOR", "HARRIS COUNTY JAIL"),
                        TestWorkbooks.eroLesaRow(LocalDate.of(2023, 10, 4), "TEXAS", "MONTGOMERY CO. JAIL", "MONTGTX",
                                "CONROE", "NA", "Booked into ICE Custody", "x2"),
                        List.of(),
                        TestWorkbooks.eroLesaRow(LocalDate.of(2023, 10, 5), "TEXAS", "HARRIS COUNTY JAIL", "HARRITX",
                                "HOUSTON", 1975, "NA", "x3")))));

        ImportResult result = importFile(store, xlsx, options(folder).withMaxRejectShare(0.5));

        assertThat(result.layout()).startsWith("layout ero-lesa (header has Detainer Prepare Date");
        assertThat(result.rowsRead()).isEqualTo(4);
        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.unknownColumns()).containsExactly("Port of Departure");
        assertThat(rows(store, "select sheet, source_row, raw_issued, issued, birth_year, outcome, msc_charge_date "
                + "from detainer order by source_row")).containsExactly(
                List.of("Detainers FY24", "5", "2023-10-02", "2023-10-02", "1988", "DECLINED_BY_LEA", "2023-06-02"),
                java.util.Arrays.asList("Detainers FY24", "7", "2023-10-04", "2023-10-04", null,
                        "BOOKED_INTO_ICE_CUSTODY", "2023-06-02"),
                java.util.Arrays.asList("Detainers FY24", "9", "2023-10-05", "2023-10-05", "1975", "UNKNOWN",
                        "2023-06-02"));
        assertThat(Files.readAllLines(folder.resolve("rejects.csv"))).containsExactly(
                "file,sheet,row,column,reason,raw_value",
                "detainers.xlsx,Detainers FY24,6,Detainer Prepare Date,"
                        + "\"not a date: expected YYYY-MM-DD, M/D/YYYY or a spreadsheet date\",not a date");
    }

    @Test
    void autoLayoutIsReportedByTheImportCommand() {
        Path db = ImportFixtures.storeFile(folder.resolve("cli"));

        CommandLineRun run = CommandLineRun.of("import", fixture("foia_2015_ice_spelling.csv").toString(),
                "--db", db.toString(), "--layout", "auto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("imported release 1 'foia_2015_ice_spelling.csv' — layout foia-2015 "
                + "(header has Prepare Date, Detainer Lift Reason, Detainer Detention Facility)");
    }

    @Test
    void aLayoutThatDoesNotFitTheHeaderIsRefusedAndNothingIsStored() throws Exception {
        Map<String, String> before = ImportFixtures.snapshot(store);
        Path file = fixture("foia_2015.csv");

        assertThatThrownBy(() -> importFile(store, file, options(folder).withLayout(SourceKind.ERO_LESA)))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": --layout ero-lesa was given, but the header is layout foia-2015 "
                        + "(header has date, lift_reason, det_facility); check the file, or leave --layout at auto");
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
    }

    @Test
    void aWrongLayoutOnTheCommandLineIsOneLineOnStandardError() {
        Path db = ImportFixtures.storeFile(folder.resolve("cli"));
        Path file = fixture("ero_lesa.csv");

        CommandLineRun wrong = CommandLineRun.of("import", file.toString(), "--db", db.toString(), "--layout", "foia-2015");
        CommandLineRun unknown = CommandLineRun.of("import", file.toString(), "--db", db.toString(), "--layout", "ice-2019");

        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("ddor: " + file + ": --layout foia-2015 was given, but the header is layout "
                + "ero-lesa (header has detainer_prepare_date, facility_aor, detention_facility_code, citizenship_country, "
                + "detainer_prepared_criminality, unique_identifier); check the file, or leave --layout at auto"
                + System.lineSeparator());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("ddor: unknown layout 'ice-2019'; expected one of foia-2015, ero-lesa, "
                + "policy, canonical" + System.lineSeparator());
    }

    private static Map<String, List<String>> bySourceRow(List<List<String>> rows) {
        Map<String, List<String>> byRow = new java.util.LinkedHashMap<>();
        rows.forEach(row -> byRow.put(row.get(0), row));
        return byRow;
    }
}
