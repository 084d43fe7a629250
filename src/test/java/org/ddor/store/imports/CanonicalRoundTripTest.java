package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.ddor.domain.Operator;
import org.ddor.domain.SourceKind;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.InputProbe;
import org.ddor.store.Store;
import org.ddor.store.export.CanonicalExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The canonical layout's promise (docs/formats-canonical.md): a store exported, imported into an
 * empty store and exported again gives the same bytes and the same table contents; bad rows are
 * rejected with their row, column and reason; the layout is detected from its header.
 */
class CanonicalRoundTripTest {

    private static final String FIXTURES = "/org/ddor/store/imports/canonical/";

    @TempDir
    Path folder;

    @Test
    void exportImportExportGivesTheSameBytesAndTheSameTables() throws Exception {
        Path first = folder.resolve("first-export.csv");
        Path second = folder.resolve("second-export.csv");
        Map<String, List<List<String>>> before;
        try (Store original = Store.open(folder.resolve("original.duckdb"))) {
            importFile(original, fixture("foia-2015-small.csv"));
            ImportResult canonical = importFile(original, fixture("canonical-fixture.csv"));
            assertThat(canonical.rowsImported()).isEqualTo(8 + 4);
            assertThat(canonical.notes()).contains("stored 8 detainers and 4 custody events",
                    "1 facilities already in the store keep the store's decision, which differs from this file's "
                            + "(see 'ddor facilities')");
            CanonicalExporter.Summary summary = export(original, null, first);
            assertThat(summary).isEqualTo(new CanonicalExporter.Summary(6 + 8, 4, false));
            before = snapshot(original);
        }
        Map<String, List<List<String>>> after;
        try (Store copy = Store.open(folder.resolve("copy.duckdb"))) {
            ImportResult imported = importFile(copy, first);
            assertThat(imported.layout()).isEqualTo("layout canonical (header has ddor_canonical_version)");
            assertThat(imported.rowsRejected()).isZero();
            export(copy, null, second);
            after = snapshot(copy);
        }
        assertThat(Files.readString(second, StandardCharsets.UTF_8)).isEqualTo(Files.readString(first, StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(after).isEqualTo(before);
        assertThat(Files.readAllLines(first)).hasSize(1 + 6 + 8 + 4);
    }

    @Test
    void theStoredRecordsKeepTransfersMisdirectionDeclinedDatesDuplicatesAndFacilityDecisions() throws Exception {
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            importFile(store, fixture("foia-2015-small.csv"));
            importFile(store, fixture("canonical-fixture.csv"));
            assertThat(query(store, "select d.record_key, d.outcome, cast(d.recorded_declined as varchar), "
                    + "cast(d.misdirected as varchar), dup.record_key from detainer d "
                    + "left join detainer dup on dup.id = d.duplicate_of where d.record_key like 'fx:%' order by d.record_key"))
                    .containsExactly(
                            List.of("fx:ambiguous", "UNKNOWN", "", "false", ""),
                            List.of("fx:declined", "DECLINED_BY_LEA", "2017-03-02", "false", ""),
                            List.of("fx:duplicate", "DECLINED_BY_LEA", "2017-03-02", "false", "fx:declined"),
                            List.of("fx:federal", "BOOKED_INTO_ICE_CUSTODY", "", "false", ""),
                            List.of("fx:manual", "OTHER", "", "false", ""),
                            List.of("fx:misdirected", "DECLINED_BY_LEA", "2017-03-15", "true", ""),
                            List.of("fx:state-prison", "UNKNOWN", "", "false", ""),
                            List.of("fx:transfer", "DECLINED_BY_LEA", "2017-02-10", "false", ""));
            assertThat(query(store, "select d.record_key, e.kind, cast(e.event_date as varchar), f.raw_name, "
                    + "f.jurisdiction_fips, coalesce(e.source, '') from custody_event e join detainer d on d.id = e.detainer_id "
                    + "join facility f on f.id = e.facility_id order by e.event_date"))
                    .containsExactly(
                            List.of("fx:federal", "BOOKED", "2016-09-01", "FDC PHILADELPHIA", "", "  booked at FDC "),
                            List.of("fx:transfer", "TRANSFERRED", "2017-02-03", "TRAVIS COUNTY JAIL", "48453",
                                    "ICE transfer log, FY2017"),
                            List.of("fx:transfer", "RELEASED", "2017-02-10", "TRAVIS COUNTY JAIL", "48453",
                                    "ICE transfer log, FY2017"),
                            List.of("fx:ambiguous", "NOTIFIED", "2018-01-05", "COUNTY JAIL", "",
                                    "  notification request answered, in writing "));
            assertThat(query(store, "select raw_name, operator, jurisdiction_fips, resolution from facility "
                    + "where raw_name in ('HUDSON CO CORR CTR', 'COUNTY JAIL', 'NORTH KERN STATE PRISON', 'FDC PHILADELPHIA') "
                    + "order by raw_name"))
                    .containsExactly(
                            List.of("COUNTY JAIL", "COUNTY", "", "AMBIGUOUS"),
                            List.of("FDC PHILADELPHIA", "FEDERAL", "", "RULE"),
                            List.of("HUDSON CO CORR CTR", "COUNTY", "34017", "MANUAL"),
                            List.of("NORTH KERN STATE PRISON", "STATE", "06", "RULE"));
            assertThat(query(store, "select evidence from facility where raw_name = 'MONTGOMERY CNTY JAIL, PA'"))
                    .as("a facility already in the store keeps the store's decision")
                    .doesNotContain(List.of("as decided in the store this file was exported from"));
        }
    }

    @Test
    void aDecisionRecordedByAPersonInTheStoreWinsOverTheFilesForANewFacility() throws Exception {
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            FacilityMappings.record(store.connection(), "COUNTY JAIL", null, null, Operator.PRIVATE, "tester",
                    "a private jail, says its contract");
            ImportResult result = importFile(store, fixture("canonical-fixture.csv"));
            assertThat(result.notes()).contains("1 new facilities take the decision a person recorded in this store "
                    + "instead of this file's");
            assertThat(result.facilitiesAmbiguous()).isZero();
            assertThat(query(store, "select operator, resolution, evidence from facility where raw_name = 'COUNTY JAIL'"))
                    .singleElement().satisfies(facility -> {
                        assertThat(facility.subList(0, 2)).containsExactly("PRIVATE", "MANUAL");
                        assertThat(facility.get(2)).matches("decided by tester on \\d{4}-\\d{2}-\\d{2}: "
                                + "a private jail, says its contract");
                    });
        }
    }

    @Test
    void importingAStoresOwnExportChangesNothing() throws Exception {
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            importFile(store, fixture("foia-2015-small.csv"));
            importFile(store, fixture("canonical-fixture.csv"));
            Path export = folder.resolve("own-export.csv");
            export(store, null, export);
            Map<String, List<List<String>>> before = snapshot(store);
            ImportResult again = importFile(store, export);
            assertThat(again.rowsImported()).isZero();
            assertThat(again.alreadyStored()).isEqualTo(14 + 4);
            assertThat(snapshot(store)).isEqualTo(before);
        }
    }

    @Test
    void theLayoutIsDetectedFromTheVersionColumn() throws Exception {
        Path file = fixture("canonical-fixture.csv");
        assertThat(new InputProbe(InputLimits.DEFAULT).probe(file).layout().kind()).isEqualTo(SourceKind.CANONICAL);
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            ImportResult stated = new Importer(store).importFile(file, options().withLayout(SourceKind.CANONICAL),
                    ImportProgress.SILENT);
            assertThat(stated.rowsImported()).isEqualTo(12);
            assertThatThrownBy(() -> new Importer(store).importFile(fixture("foia-2015-small.csv"),
                    options().withLayout(SourceKind.CANONICAL), ImportProgress.SILENT))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("--layout canonical was given");
        }
    }

    @Test
    void badRowsAreRejectedWithTheirRowColumnReasonAndValue() throws Exception {
        Path rejects = folder.resolve("rejects.csv");
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            ImportResult result = new Importer(store).importFile(fixture("canonical-rejects.csv"),
                    options().withMaxRejectShare(1.0).withRejectsFile(rejects), ImportProgress.SILENT);
            assertThat(result.rowsRead()).isEqualTo(14);
            assertThat(result.rowsRejected()).isEqualTo(12);
            assertThat(result.rowsImported()).isEqualTo(2);
            assertThat(rejectTuples(store)).containsExactly(
                    tuple(3L, "issued", "not a date: expected YYYY-MM-DD", "2017-02-30"),
                    tuple(4L, "outcome", "unknown outcome 'DECLINED'; expected one of BOOKED_INTO_ICE_CUSTODY, "
                            + "DECLINED_BY_LEA, TRANSFERRED, LIFTED_BY_ICE, CASE_CLOSED, CITIZEN_OR_NOT_REMOVABLE, DIED, "
                            + "OTHER, UNKNOWN", "DECLINED"),
                    tuple(5L, "facility_operator", "unknown operator 'SHERIFF'; expected one of COUNTY, CITY, STATE, "
                            + "FEDERAL, PRIVATE, ICE, UNKNOWN", "SHERIFF"),
                    tuple(6L, "detainer_ref", "detainer_ref names row 3, which was rejected", "r:bad-date"),
                    tuple(7L, "record_key", "record_key repeats row 2; every detainer has its own", "r:good-1"),
                    tuple(8L, "declined_date", "a declined date needs the outcome DECLINED_BY_LEA, not LIFTED_BY_ICE",
                            "2017-02-08"),
                    tuple(9L, "outcome", "a custody_event row leaves the detainer columns empty", "UNKNOWN"),
                    tuple(10L, "ddor_canonical_version", "canonical version 2 is not supported; this DDOR reads version 1",
                            "2"),
                    tuple(11L, "facility_operator", "facility 'MONTGOMERY CNTY JAIL, PA' has facility_operator 'COUNTY' "
                            + "on row 2; one facility has one decision", "STATE"),
                    tuple(12L, "facility_jurisdiction_fips", "an ambiguous facility has no jurisdiction", "42091"),
                    tuple(13L, "detainer_ref", "detainer_ref names no detainer in this file or the store", "r:nowhere"),
                    tuple(14L, "event_kind", "unknown event kind 'ESCAPED'; expected one of BOOKED, TRANSFERRED, "
                            + "RELEASED, NOTIFIED, REARRESTED", "ESCAPED"));
            assertThat(Files.readAllLines(rejects)).hasSize(1 + 12).first().isEqualTo("file,sheet,row,column,reason,raw_value");
            assertThat(query(store, "select d.record_key, e.kind, f.raw_name from custody_event e "
                    + "join detainer d on d.id = e.detainer_id join facility f on f.id = e.facility_id"))
                    .containsExactly(List.of("r:good-1", "TRANSFERRED", "BUCKS COUNTY JAIL"));
        }
    }

    @Test
    void aFileWithTooManyBadRowsIsRefusedAndTheStoreIsUnchanged() throws Exception {
        Path rejects = folder.resolve("rejects.csv");
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            assertThatThrownBy(() -> new Importer(store).importFile(fixture("canonical-rejects.csv"),
                    options().withRejectsFile(rejects), ImportProgress.SILENT))
                    .isInstanceOf(ImportRefusedException.class)
                    .hasMessageContaining("12 of 14 rows rejected (85.7%), over the limit of 5.0%; nothing was imported");
            assertThat(query(store, "select (select count(*) from detainer) + (select count(*) from custody_event) "
                    + "+ (select count(*) from source_release) + (select count(*) from facility)"))
                    .containsExactly(List.of("0"));
            assertThat(rejects).exists();
        }
    }

    @Test
    void aColumnThatIsNotCanonicalIsRefusedRatherThanLost() throws Exception {
        Path file = folder.resolve("typo.csv");
        Files.writeString(file, "ddor_canonical_version,record,record_key,type,issued,outcome,facility_raw,"
                + "facility_operator,facility_resolution,facilty_city\n"
                + "1,detainer,k1,I247A,2017-02-01,UNKNOWN,COUNTY JAIL,UNKNOWN,UNRESOLVED,AUSTIN\n");
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            assertThatThrownBy(() -> importFile(store, file))
                    .isInstanceOf(InputException.class)
                    .hasMessage(file + ": header row 1 has column 'facilty_city', which is not a canonical column "
                            + "(version 1); see docs/formats-canonical.md");
        }
    }

    @Test
    void aRecordTheCsvReaderCannotSplitIsRejectedWithItsRowAndLaterRowsKeepTheirs() throws Exception {
        Path file = folder.resolve("broken.csv");
        String header = "ddor_canonical_version,record,record_key,type,issued,outcome,facility_raw,facility_operator,"
                + "facility_resolution\n";
        StringBuilder rows = new StringBuilder(header);
        for (int i = 1; i <= 30; i++) {
            rows.append(i == 3 ? "1,detainer,k3,I247A,2017-02-01,UNKNOWN,COUNTY JAIL,UNKNOWN,UNRESOLVED,extra\n"
                    : "1,detainer,k" + i + ",I247A,2017-02-01,UNKNOWN,COUNTY JAIL,UNKNOWN,UNRESOLVED\n");
        }
        rows.append("1,detainer,k31,I247A,2017-02-31,UNKNOWN,COUNTY JAIL,UNKNOWN,UNRESOLVED\n");
        Files.writeString(file, rows);
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            ImportResult result = new Importer(store).importFile(file, options().withMaxRejectShare(0.1), ImportProgress.SILENT);
            assertThat(result.rowsRead()).isEqualTo(31);
            assertThat(result.rowsRejected()).isEqualTo(2);
            assertThat(rejectTuples(store)).containsExactly(
                    tuple(4L, null, "row has more columns than the header",
                            "1,detainer,k3,I247A,2017-02-01,UNKNOWN,COUNTY JAIL,UNKNOWN,UNRESOLVED,extra"),
                    tuple(32L, "issued", "not a date: expected YYYY-MM-DD", "2017-02-31"));
            assertThat(query(store, "select record_key, source_row from detainer where record_key in ('k2', 'k4', 'k30')"
                    + " order by source_row")).containsExactly(List.of("k2", "3"), List.of("k4", "5"), List.of("k30", "31"));
        }
    }

    @Test
    void theExportOfAnEmptyStoreIsAHeaderThatImportsAsNothing() throws Exception {
        Path export = folder.resolve("empty.csv");
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            assertThat(export(store, null, export)).isEqualTo(new CanonicalExporter.Summary(0, 0, false));
        }
        assertThat(Files.readString(export)).isEqualTo(String.join(",", org.ddor.ingest.CanonicalColumn.header()) + "\r\n");
        try (Store store = Store.open(folder.resolve("other.duckdb"))) {
            assertThatThrownBy(() -> importFile(store, export))
                    .isInstanceOf(InputException.class)
                    .hasMessage(export + ": no data rows below the header (row 1)");
        }
    }

    @Test
    void aRowSayingGeneratedSampleDataMarksTheReleaseAndEveryExportedRow() throws Exception {
        Path file = folder.resolve("generated.csv");
        Files.writeString(file, "ddor_canonical_version,record,generated_sample_data,record_key,detainer_ref,event_kind,"
                + "event_date,type,issued,outcome,facility_raw,facility_state,facility_operator,facility_resolution\n"
                + "1,detainer,TRUE,g1,,,,I247A,2024-02-01,UNKNOWN,SAMPLE COUNTY JAIL,TX,UNKNOWN,UNRESOLVED\n"
                + "1,custody_event,FALSE,,g1,BOOKED,2024-02-02,,,,SAMPLE COUNTY JAIL,TX,UNKNOWN,UNRESOLVED\n");
        Path export = folder.resolve("export.csv");
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            importFile(store, file);
            assertThat(query(store, "select cast(generated as varchar) from source_release")).containsExactly(List.of("true"));
            assertThat(query(store, "select value from store_meta where key = 'contains_generated_sample_data'"))
                    .containsExactly(List.of("true"));
            assertThat(export(store, null, export).generated()).isTrue();
        }
        assertThat(dataLines(export)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("1,"))
                .allSatisfy(line -> assertThat(line.split(",")[2]).isEqualTo("TRUE"));
    }

    @Test
    void anExportOfOneReleaseHasOnlyItsDetainersAndAnUnknownReleaseIsNamed() throws Exception {
        try (Store store = Store.open(folder.resolve("store.duckdb"))) {
            long foia = importFile(store, fixture("foia-2015-small.csv")).releaseId();
            importFile(store, fixture("canonical-fixture.csv"));
            Path export = folder.resolve("release.csv");
            assertThat(export(store, foia, export)).isEqualTo(new CanonicalExporter.Summary(6, 0, false));
            assertThat(dataLines(export)).hasSize(6).allSatisfy(line -> assertThat(line).contains("foia-2015-small.csv"));
            assertThatThrownBy(() -> export(store, 99L, folder.resolve("none.csv")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the store has no release 99; the release ids are in the summary of each 'ddor import'");
            assertThat(folder.resolve("none.csv")).doesNotExist();
        }
    }

    // --- helpers ---

    private Path fixture(String name) throws IOException, URISyntaxException {
        Path target = folder.resolve(name);
        if (!Files.exists(target)) {
            Files.copy(Path.of(CanonicalRoundTripTest.class.getResource(FIXTURES + name).toURI()), target,
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static List<String> dataLines(Path export) throws IOException {
        List<String> lines = Files.readAllLines(export);
        return lines.subList(1, lines.size());
    }

    private ImportOptions options() {
        return ImportOptions.defaults().withRejectsFile(folder.resolve("rejects.csv"));
    }

    private ImportResult importFile(Store store, Path file) {
        return new Importer(store).importFile(file, options(), ImportProgress.SILENT);
    }

    private static CanonicalExporter.Summary export(Store store, Long release, Path target) throws SQLException {
        return new CanonicalExporter(store.connection()).export(release, target, written -> { });
    }

    /** What the canonical layout promises to carry, in store-independent terms (keys, not ids). */
    private static Map<String, List<List<String>>> snapshot(Store store) throws SQLException {
        Map<String, List<List<String>>> tables = new LinkedHashMap<>();
        tables.put("detainer", query(store, "select d.record_key, d.subject_key, d.raw_type, d.type, d.raw_issued, "
                + "d.issued, f.facility_key, d.issuing_aor, d.citizenship, d.gender, d.birth_year, d.criminality, "
                + "d.msc_charge, d.msc_charge_code, d.charge_category, d.convicted, d.msc_charge_date, "
                + "d.msc_conviction_date, d.raw_lift_reason, d.outcome, d.outcome_date, d.recorded_declined, "
                + "d.misdirected, d.duplicate_likely, dup.record_key, coalesce(o.release_name, r.name), "
                + "case when o.detainer_id is null then d.sheet else o.sheet end, "
                + "case when o.detainer_id is null then d.source_row else o.source_row end "
                + "from detainer d join facility f on f.id = d.facility_id join source_release r on r.id = d.release_id "
                + "left join detainer_origin o on o.detainer_id = d.id left join detainer dup on dup.id = d.duplicate_of "
                + "order by d.record_key"));
        tables.put("facility", query(store, "select facility_key, ice_code, raw_name, city, state, operator, "
                + "jurisdiction_fips, resolution, evidence from facility order by facility_key"));
        tables.put("custody_event", query(store, "select d.record_key, e.kind, e.event_date, f.facility_key, e.source "
                + "from custody_event e join detainer d on d.id = e.detainer_id join facility f on f.id = e.facility_id "
                + "order by all"));
        return tables;
    }

    private static List<Tuple> rejectTuples(Store store) throws SQLException {
        List<Tuple> rejects = new ArrayList<>();
        try (var statement = store.connection().createStatement();
             var rows = statement.executeQuery("select source_row, column_name, reason, raw_value from import_reject "
                     + "order by source_row")) {
            while (rows.next()) {
                rejects.add(tuple(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
            }
        }
        return rejects;
    }

    private static List<List<String>> query(Store store, String sql) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        try (var statement = store.connection().createStatement(); var rows = statement.executeQuery(sql)) {
            int width = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= width; column++) {
                    String value = rows.getString(column);
                    row.add(value == null ? "" : value);
                }
                result.add(row);
            }
        }
        return result;
    }
}
