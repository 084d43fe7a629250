package org.ddor.report;

import org.ddor.cli.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.ddor.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report commands as a user runs them (public entry point {@link Main#run} only): the CSV zip,
 * one table with --table, and 'ddor report rows ddor' with its refusals, on the golden dataset.
 */
class ReportCommandLineTest {

    private static final String GOLDEN = "/org/ddor/report/golden/";

    @TempDir
    static Path folder;

    private static String db;

    @BeforeAll
    static void buildStore() {
        ReportFixtures.storeWith(folder, GOLDEN + "input/golden-policies.csv", GOLDEN + "input/golden-detainers.csv").close();
        db = folder.resolve("ddor.duckdb").toString();
    }

    @Test
    void rowsListsTheRecordsBehindAFigureAsCsv() {
        CommandLineRun run = CommandLineRun.of("report", "rows", "ddor", "--db", db, "--week", "2017-02-08", "--figure", "section2/48453");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(1 + 5).first()
                .isEqualTo("detainer_id,release,sheet,source_row,origin,issued,outcome,declined_date,placed_declined,"
                        + "declined_rule,facility,issued_to_fips,issued_to,custodian_facility,jurisdiction_fips,"
                        + "jurisdiction,issued_exclusion,decline_exclusion");
    }

    @Test
    void rowsOfASuppressedFigureNeedTheOfficialEdition() {
        CommandLineRun run = CommandLineRun.of("report", "rows", "ddor", "--db", db, "--week", "2017-02-08", "--figure", "section2/42091");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ddor: figure section2/42091 is suppressed in the public edition; use --edition official\n");
        CommandLineRun official = CommandLineRun.of("report", "rows", "ddor", "--db", db, "--week", "2017-02-08", "--figure", "section2/42091",
                "--edition", "official");
        assertThat(official.exitCode()).isZero();
        assertThat(official.out().lines()).hasSize(1 + 1);
    }

    @Test
    void rowsOfACompanionReportsFigureAreAsManyAsItsJsonSays() throws Exception {
        String[][] reports = {
                {"ranking", "--fiscal-year", "2017"},
                {"crimes", "--fiscal-year", "2017"},
                {"series", "--fiscal-year", "2017", "--by", "month"},
                {"jurisdiction", "48453", "--fiscal-year", "2017"},
                {"followup", "--fiscal-year", "2017"}};
        for (String[] report : reports) {
            java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of("report"));
            arguments.addAll(java.util.List.of(report));
            arguments.addAll(java.util.List.of("--db", db, "--edition", "official", "--format", "json"));
            CommandLineRun json = CommandLineRun.of(arguments.toArray(String[]::new));
            assertThat(json.exitCode()).as(json.err()).isZero();
            com.fasterxml.jackson.databind.JsonNode figure = firstCountAboveZero(
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.out()));
            String rowsCommand = report[0].equals("jurisdiction") && figure.get("trace").asText().startsWith("series/")
                    ? "series" : report[0];
            CommandLineRun rows = CommandLineRun.of("report", "rows", rowsCommand, "--db", db, "--fiscal-year", "2017",
                    "--edition", "official", "--figure", figure.get("trace").asText());
            assertThat(rows.exitCode()).as(rows.err()).isZero();
            assertThat(rows.out().lines().count() - 1).as("rows of %s", figure.get("trace")).isEqualTo(figure.get("value").asLong());
        }
    }

    /** The first figure ({"value", "trace", ...}) of a report's JSON with a value above zero. */
    private static com.fasterxml.jackson.databind.JsonNode firstCountAboveZero(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.has("trace") && node.has("value") && node.get("value").asLong() > 0) {
            return node;
        }
        for (com.fasterxml.jackson.databind.JsonNode child : node) {
            com.fasterxml.jackson.databind.JsonNode found = firstCountAboveZero(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    @Test
    void anUnknownFigureKeyIsOneLineWithTheKeyForms() {
        CommandLineRun run = CommandLineRun.of("report", "rows", "ddor", "--db", db, "--week", "2017-02-08", "--figure", "section5/x");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("ddor: unknown figure key 'section5/x'; figure keys are summary/issued,")
                .hasLineCount(1);
    }

    @Test
    void tableWritesOneCsvTable() throws Exception {
        CommandLineRun run = CommandLineRun.of("report", "ddor", "--db", db, "--week", "2017-02-08", "--table", "section2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(ReportFixtures.fixture(GOLDEN + "expected/csv/section2.csv"))
                .replace("\r\n", "\n"));
        assertThat(run.err()).isEqualTo("ddor: note: GENERATED SAMPLE DATA — not real records\n");
    }

    @Test
    void tableRefusesAnotherFormatAndAnUnknownTable() {
        CommandLineRun json = CommandLineRun.of("report", "ddor", "--db", db, "--week", "2017-02-08", "--table", "section2", "--format", "json");
        assertThat(json.err()).isEqualTo("ddor: --table writes one CSV table; use --format csv or leave out --format\n");
        CommandLineRun unknown = CommandLineRun.of("report", "ddor", "--db", db, "--week", "2017-02-08", "--table", "section5");
        assertThat(unknown.err()).startsWith("ddor: unknown table 'section5'; expected one of metadata, inputs, summary,");
    }

    @Test
    void csvFormatWritesAZipOfTablesWithAReadme() throws Exception {
        Path zip = folder.resolve("report.zip");
        CommandLineRun run = CommandLineRun.of("report", "ddor", "--db", db, "--week", "2017-02-08", "--format", "csv", "--out", zip.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(entry -> entry.getName())).startsWith("README.txt", "metadata.csv")
                    .contains("section2.csv", "section4_bursts.csv");
            assertThat(new String(file.getInputStream(file.getEntry("README.txt")).readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("GENERATED SAMPLE DATA");
        }
    }

}
