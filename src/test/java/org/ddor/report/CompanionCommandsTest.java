package org.ddor.report;

import org.ddor.cli.CommandLineRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.MONTGOMERY;
import static org.ddor.report.EroLesaFixture.NONE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ddor.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The companion reports through the command line only: formats, files, and one-line errors. */
class CompanionCommandsTest {

    @TempDir
    static Path folder;

    private static String db;

    @BeforeAll
    static void importFixture() {
        new EroLesaFixture()
                .addMany(30, "2026-01-12", MONTGOMERY, DECLINED, "declined")
                .addMany(20, "2026-01-13", MONTGOMERY, BOOKED, "booked")
                .addMany(10, "2026-02-13", MONTGOMERY, NONE, "open")
                .add("2026-02-01", MONTGOMERY, BOOKED, "declined-1")
                .add("2026-03-01", MONTGOMERY, BOOKED, "late")
                .importInto(folder).close();
        db = folder.resolve("ddor.duckdb").toString();
    }

    @Test
    void printsARankingAsAnAlignedTable() {
        CommandLineRun run = CommandLineRun.of("report", "ranking", "--db", db, "--format", "text", "--by", "jurisdiction",
                "--measure", "decline-rate", "--top", "5");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Jurisdictions ranked by decline rate\n====");
        assertThat(run.out()).contains("Period: all data (issued 2026-01-12 to 2026-03-01)");
        assertThat(run.out()).containsPattern("\\nrank +jurisdiction +name .*decline rate \\(95% CI\\) +booked\\n");
        assertThat(run.out()).containsPattern("\\n +1 +42091 +Montgomery County +county +PA +PHI +62 +30 +30 +48\\.4% \\(");
        assertThat(run.out()).contains("rates need at least 30 detainers issued");
    }

    @Test
    void writesARankingAsCsvWithTheIntervalInItsOwnColumns() {
        CommandLineRun run = CommandLineRun.of("report", "ranking", "--db", db, "--format", "csv", "--from", "2026-01-01", "--to", "2026-01-31");

        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,tied,key,name,kind,state,aor,detail,issued,declined,declined_of_issued,"
                + "decline_rate,decline_rate_lower_95,decline_rate_upper_95,decline_rate_withheld,booked");
        assertThat(lines.get(1)).isEqualTo("1,false,42091,Montgomery County,county,PA,PHI,,50,30,30,0.6000,0.4618,0.7239,,20");
    }

    @Test
    void writesAProfileAsAZipOfTables() throws IOException {
        Path zip = folder.resolve("profile.zip");
        CommandLineRun run = CommandLineRun.of("report", "jurisdiction", "42091", "--db", db, "--format", "csv", "--out", zip.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(entries(zip)).containsExactly("README.txt", "summary.csv", "monthly.csv", "outcomes.csv",
                "policies.csv", "facilities.csv", "not_attributable_nearby.csv");
    }

    @Test
    void refusesAZipOnTheTerminal() {
        CommandLineRun run = CommandLineRun.of("report", "jurisdiction", "42091", "--db", db, "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("ddor: this report's CSV is a zip of several tables: give --out FILE.zip\n");
    }

    @Test
    void writesTheFollowupAsJsonWithItsMethod() throws IOException {
        CommandLineRun run = CommandLineRun.of("report", "followup", "--db", db, "--from", "2026-01-01", "--to", "2026-01-31",
                "--window", "30");

        assertThat(run.exitCode()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("measurable").asBoolean()).isTrue();
        assertThat(json.at("/header/windowDays").asInt()).isEqualTo(30);
        assertThat(json.at("/declined/subjects/value").asLong()).isEqualTo(30);
        assertThat(json.at("/declined/subjects/trace").asText()).isEqualTo("followup/declined/subjects");
        assertThat(json.at("/declined/withLater/display").asText()).isEqualTo("<5");
        assertThat(json.at("/declined/withLater/value").isNull()).isTrue();
        assertThat(json.get("method").get(0).asText()).startsWith("Cohort: subjects with a decline placed in the period");
    }

    @Test
    void printsCrimesAndSeries() {
        CommandLineRun crimes = CommandLineRun.of("report", "crimes", "--db", db, "--format", "text", "--quarter", "2026Q1");
        CommandLineRun series = CommandLineRun.of("report", "series", "--db", db, "--format", "csv", "--by", "month");

        assertThat(crimes.exitCode()).isZero();
        assertThat(crimes.out()).contains("(no conviction charge: pending criminal charges)");
        assertThat(series.out()).isEqualTo("""
                bucket,first_day,last_day,partial,issued,declined,booked
                2026-01,2026-01-01,2026-01-31,true,50,30,20
                2026-02,2026-02-01,2026-02-28,false,11,0,<5
                2026-03,2026-03-01,2026-03-31,true,<5,0,<5
                """);
    }

    @Test
    void explainsAWrongOptionInOneLine() {
        assertThat(CommandLineRun.of("report", "series", "--db", db, "--by", "quarter").err())
                .isEqualTo("ddor: --by 'quarter' is not a bucket; expected one of week, month, fiscal-year\n");
        assertThat(CommandLineRun.of("report", "ranking", "--db", db, "--format", "pdf").err())
                .isEqualTo("ddor: unknown format 'pdf'; expected one of json, csv, text\n");
        assertThat(CommandLineRun.of("report", "followup", "--db", db).err()).isEqualTo("ddor: give exactly one of --week DATE,"
                + " --from DATE --to DATE, --quarter 2025Q2, --fiscal-year 2025\n");
    }

    private static List<String> entries(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

}
