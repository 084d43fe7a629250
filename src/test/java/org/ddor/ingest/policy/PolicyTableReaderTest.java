package org.ddor.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddor.domain.JurisdictionKind;
import org.ddor.domain.Policy;
import org.ddor.domain.PolicyCategory;
import org.ddor.ingest.InputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTableReaderTest {

    private static final PolicyTableReader READER = new PolicyTableReader();
    private static PolicyTable defects;

    @BeforeAll
    static void readDefects() throws IOException {
        defects = READER.read(fixture("defects.csv"));
    }

    @Test
    void everyDataRowIsAPolicyOrAReject() {
        assertThat(defects.rowsRead()).isEqualTo(22);
        assertThat(defects.policies()).hasSize(16);
        assertThat(defects.rejects()).extracting(RejectedRow::row).containsExactly(6L, 12L, 13L, 15L, 20L, 21L);
        assertThat(defects.generated()).isFalse();
    }

    @Test
    void exactDuplicateIsReportedAndLoadedOnce() {
        assertThat(reject(6)).isEqualTo(new RejectedRow("defects.csv", 6, null,
                "duplicate of row 5 (identical in every cell); loaded once", "Douglas County, Oregon"));
        assertThat(defects.notes()).contains("row 6: 'Douglas County, Oregon' is a duplicate of row 5"
                + " (identical in every cell); loaded once");
        assertThat(policiesOf("41019")).extracting(PolicyRow::sourceRow).containsExactly(5L);
    }

    @Test
    void duplicateDifferingOnlyInCaseOrSpacingIsReportedToo() {
        assertThat(reject(21).reason()).isEqualTo("duplicate of row 5 (differs only in case or spacing); loaded once");
    }

    @Test
    void twoPoliciesForOneCountyBecomeADatedHistory() {
        Map<Long, Policy> kittitas = policiesOf("53037").stream()
                .collect(Collectors.toMap(PolicyRow::sourceRow, PolicyRow::policy));
        assertThat(kittitas.get(8L).effectiveFrom()).isEqualTo(LocalDate.of(2013, 12, 1));
        assertThat(kittitas.get(8L).effectiveTo()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(kittitas.get(4L).effectiveFrom()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(kittitas.get(4L).effectiveTo()).isNull();
        assertThat(defects.notes()).contains("Kittitas County, WA (53037) has 2 policies: row 8 (Dec-13, in effect from"
                + " 2013-12-01 to 2014-04-01); row 4 (Apr-14, in effect from 2014-04-01); kept as a dated history,"
                + " each ending when the next took effect");
    }

    @Test
    void twoPoliciesEnactedTheSameMonthAreBothInEffect() {
        assertThat(policiesOf("06059")).hasSize(2)
                .allSatisfy(row -> assertThat(row.policy().effectiveTo()).isNull());
        assertThat(defects.notes()).anySatisfy(note -> assertThat(note)
                .startsWith("Orange County, CA (06059) has 2 policies").endsWith("all kept in effect together"));
    }

    @Test
    void zipCodeIsStrippedWithANote() {
        PolicyRow franklin = row(7);
        assertThat(franklin.jurisdiction().fips()).isEqualTo("53021");
        assertThat(franklin.rawLocation()).isEqualTo("Franklin County, Washington 99301");
        assertThat(defects.notes()).contains("row 7: ZIP code 99301 removed from 'Franklin County, Washington 99301'");
    }

    @Test
    void stateWideRowsGoToTheState() {
        assertThat(List.of(row(2), row(9), row(10))).extracting(r -> r.jurisdiction().fips())
                .containsExactly("08", "06", "41");
        assertThat(List.of(row(2), row(9), row(10))).allSatisfy(r ->
                assertThat(r.jurisdiction().kind()).isEqualTo(JurisdictionKind.STATE));
        assertThat(defects.notes()).anySatisfy(note -> assertThat(note).startsWith("row 9: 'State of California'"
                + " is a state-wide policy"));
    }

    @Test
    void citiesMapOnlyWhenTheyAreCountyEquivalents() {
        assertThat(row(11).jurisdiction().fips()).isEqualTo("42101");
        assertThat(row(18).jurisdiction().fips()).isEqualTo("24510");
        assertThat(reject(12)).isEqualTo(new RejectedRow("defects.csv", 12, "Location",
                "city 'Boston, MA' is not a county-equivalent; DDOR has no city table yet", "Boston, Massachusetts"));
    }

    @Test
    void ambiguousLocationIsRejectedNotGuessed() {
        assertThat(reject(13).column()).isEqualTo("Location");
        assertThat(reject(13).reason()).startsWith("'Franklin County' without a state is ambiguous");
    }

    @Test
    void unreadableDateIsRejectedWithRowAndColumn() {
        assertThat(reject(15)).isEqualTo(new RejectedRow("defects.csv", 15, "Date Enacted",
                "'Spring' in 'Spring 2014' is not a month; expected e.g. " + EnactedDateParser.EXAMPLES,
                "Spring 2014"));
        assertThat(reject(15).describe()).startsWith("defects.csv row 15, column 'Date Enacted': 'Spring' in");
    }

    @Test
    void emptyCriteriaAreRejected() {
        assertThat(reject(20).column()).isEqualTo("Criteria for Honoring Detainer");
    }

    @Test
    void datesKeepTheirPrecisionAndRawText() {
        assertThat(row(2).policy().enacted()).isEqualTo(LocalDate.of(2014, 9, 1));
        assertThat(row(2).policy().enactedRaw()).isEqualTo("Sep-14");
        assertThat(row(2).enactedPrecision()).isEqualTo(EnactedDate.Precision.MONTH);
        assertThat(row(9).enactedPrecision()).isEqualTo(EnactedDate.Precision.MONTH);
        assertThat(row(10).policy().enacted()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(row(10).enactedPrecision()).isEqualTo(EnactedDate.Precision.YEAR);
        assertThat(row(22).enactedPrecision()).isEqualTo(EnactedDate.Precision.DAY);
    }

    @Test
    void categoriesComeFromTheCriteria() {
        assertThat(row(2).policy().category()).isEqualTo(PolicyCategory.NO_HOLDS);
        assertThat(row(3).policy().category()).isEqualTo(PolicyCategory.JUDICIAL_WARRANT_REQUIRED);
        assertThat(row(8).policy().category()).isEqualTo(PolicyCategory.LISTED_OFFENSES_ONLY);
        assertThat(row(22).policy().category()).isEqualTo(PolicyCategory.NOTIFICATION_ONLY);
        assertThat(row(23).policy().category()).isEqualTo(PolicyCategory.OTHER);
        assertThat(row(23).categoryRule()).isEqualTo("other");
        assertThat(defects.countByCategory()).containsEntry(PolicyCategory.NOTIFICATION_ONLY, 1);
    }

    @Test
    void policyKeepsItsSourceAndInstrument() {
        Policy suffolk = row(3).policy();
        assertThat(suffolk.instrument()).isEqualTo("County Sheriff's Office Decision");
        assertThat(suffolk.criteria()).isEqualTo("Will not honor ICE detainer without a warrant");
        assertThat(suffolk.source()).isEqualTo("defects.csv, row 3");
        assertThat(row(3).aor()).isEqualTo("NYC");
    }

    @Test
    void ocrSlipInStateNameIsRepairedWithANote() {
        assertThat(row(19).jurisdiction().fips()).isEqualTo("19029");
        assertThat(defects.notes()).anySatisfy(n -> assertThat(n).startsWith("row 19: state 'lowa' read as 'Iowa'"));
    }

    @Test
    void extraColumnIsReportedAsUnknown() {
        assertThat(defects.unknownColumns()).containsExactly("Designation");
        assertThat(defects.notes()).contains("column 'Designation' is not part of the policy layout; ignored");
    }

    @Test
    void generatedSampleIsFlaggedAndCommentLinesCountAsRows() throws IOException {
        PolicyTable sample = READER.read(fixture("generated_sample.csv"));
        assertThat(sample.generated()).isTrue();
        assertThat(sample.notes()).first().asString().startsWith("the table is marked as generated"
                + " (# DDOR GENERATED SAMPLE POLICY TABLE — NOT REAL POLICIES)");
        assertThat(sample.policies()).extracting(PolicyRow::sourceRow).containsExactly(4L, 5L, 6L);
        assertThat(sample.policies()).extracting(PolicyRow::aor).containsExactly("SNA", "PHI", "SPM");
        assertThat(sample.rejects()).isEmpty();
    }

    @Test
    void titleRowsAboveASnakeCaseHeaderAreSkipped() throws IOException {
        PolicyTable table = READER.read(fixture("title_rows_snake_case.csv"));
        assertThat(table.policies()).singleElement().satisfies(row -> {
            assertThat(row.sourceRow()).isEqualTo(4);
            assertThat(row.jurisdiction().fips()).isEqualTo("41051");
        });
        assertThat(table.notes()).contains("rows 1–2 above the header (row 3) ignored, starting"
                + " 'Section III - Jurisdictions with restrictive policies'");
    }

    @Test
    void missingColumnIsOneClearError() {
        assertThatThrownBy(() -> READER.read(fixture("missing_criteria.csv"))).isInstanceOf(InputException.class)
                .hasMessage("policy table missing_criteria.csv: no 'Criteria for Honoring Detainer' column"
                        + " in header row 1");
    }

    @Test
    void severalMissingColumnsAreNamedTogether() {
        assertThatThrownBy(() -> read("# comment\nLocation,Notes\nx,y\n", "x.csv")).isInstanceOf(InputException.class)
                .hasMessage("policy table x.csv: no 'Date Enacted', 'Policy' or 'Criteria for Honoring Detainer'"
                        + " column in header row 2");
    }

    @Test
    void emptyTableIsRefused() {
        assertThatThrownBy(() -> read("# DDOR GENERATED\n\n", "empty.csv")).isInstanceOf(InputException.class)
                .hasMessage("policy table empty.csv is empty apart from its comment lines; expected a header row");
    }

    @Test
    void tooManyRowsAreRefused() {
        String table = "Location,Date Enacted,Policy,Criteria\n" + "x,Sep-14,p,c\n".repeat(PolicyTableReader.MAX_ROWS);
        assertThatThrownBy(() -> read(table, "big.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("policy table big.csv has more than 100000 rows");
    }

    @Test
    void tooManyCharactersAreRefused() {
        String table = "Location\n" + "x".repeat(PolicyTableReader.MAX_CHARS);
        assertThatThrownBy(() -> read(table, "huge.csv")).isInstanceOf(InputException.class)
                .hasMessageStartingWith("policy table huge.csv is larger than 10 MB");
    }

    @Test
    void windows1252FileIsReadWithANote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("policies-1252.csv");
        Files.writeString(file, "Location,Date Enacted,Policy,Criteria for Honoring Detainer\n"
                + "\"Doña Ana County, New Mexico\",Jul-14,County Decision,Will not honor ICE detainer\n",
                Charset.forName("windows-1252"));
        PolicyTable table = READER.read(file);
        assertThat(table.notes()).contains("the file is not valid UTF-8; read as Windows-1252");
        assertThat(table.policies()).singleElement().satisfies(row -> {
            assertThat(row.jurisdiction().fips()).isEqualTo("35013");
            assertThat(row.rawLocation()).isEqualTo("Doña Ana County, New Mexico");
        });
    }

    @Test
    void byteOrderMarkAndCrLfLineEndsAreRead() throws IOException {
        PolicyTable table = read("\uFEFF# generated sample\r\nJurisdiction (AOR),Date Enacted,Policy,Criteria\r\n"
                + "\"Multnomah County, OR\",Apr-14,Decision,Will not honor ICE detainer\r\n", "crlf.csv");
        assertThat(table.policies()).extracting(PolicyRow::sourceRow).containsExactly(3L);
        assertThat(table.generated()).isTrue();
    }

    private static PolicyTable read(String text, String fileName) throws IOException {
        return READER.read(new StringReader(text), fileName);
    }

    private static PolicyRow row(long sourceRow) {
        return defects.policies().stream().filter(r -> r.sourceRow() == sourceRow).findFirst()
                .orElseThrow(() -> new AssertionError("row " + sourceRow + " is not a policy; rejects: "
                        + defects.rejects()));
    }

    private static RejectedRow reject(long sourceRow) {
        return defects.rejects().stream().collect(Collectors.toMap(RejectedRow::row, Function.identity()))
                .get(sourceRow);
    }

    private static List<PolicyRow> policiesOf(String fips) {
        return defects.policies().stream().filter(r -> r.jurisdiction().fips().equals(fips)).toList();
    }

    static Path fixture(String name) {
        try {
            return Path.of(PolicyTableReaderTest.class.getResource("/org/ddor/ingest/policy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
