package org.ddor.report.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ddor.render.DdorRenderers;
import org.ddor.render.csv.CsvTable;
import org.ddor.report.Edition;
import org.ddor.report.ReportFixtures;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.FigureRows;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden outputs (STYLE.md): the Declined Detainer Outcome Report of a tiny committed dataset
 * ({@code golden/input/}: a canonical CSV with transfers, a misdirected and a duplicate detainer,
 * old declines in a burst, every exclusion and placement rule; and a policy table with a state-wide
 * row) for the week 2017-02-04 to 2017-02-10, compared exactly with the committed JSON and CSV
 * files in {@code golden/expected/}. Only line endings are normalised.
 *
 * <p>After an intended change, regenerate the expected files and review their diff:
 * {@code ./mvnw test -Dtest=DdorGoldenTest -Dddor.golden.update=true} (see golden/README.md).
 */
class DdorGoldenTest {

    private static final String GOLDEN = "/org/ddor/report/golden/";
    private static final Path SOURCE_FOLDER = Path.of("src/test/resources/org/ddor/report/golden/expected");
    private static final boolean UPDATE = Boolean.getBoolean("ddor.golden.update");
    private static final String WEEK = "2017-02-08";

    /** The figure listings kept as golden files: key → file name. */
    private static final Map<String, String> LISTINGS = Map.of(
            "section2/48453", "section2_48453.csv",
            "section4/burst/08059/2017-02-07", "section4_burst_08059_2017-02-07.csv",
            "section4/excluded/misdirected/declined", "section4_excluded_misdirected_declined.csv");

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void buildStore() {
        store = ReportFixtures.storeWith(folder, GOLDEN + "input/golden-policies.csv", GOLDEN + "input/golden-detainers.csv");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void publicJsonIsTheGoldenOne() throws Exception {
        assertGolden("public.json", json(report(Edition.PUBLIC)));
    }

    @Test
    void officialJsonIsTheGoldenOne() throws Exception {
        assertGolden("official.json", json(report(Edition.OFFICIAL)));
    }

    @Test
    void publicCsvTablesAreTheGoldenOnes() throws Exception {
        Map<String, String> entries = unzip(csvZip(report(Edition.PUBLIC)));
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(expectedNames("csv"));
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            assertGolden("csv/" + entry.getKey(), entry.getValue());
        }
    }

    @Test
    void theSameStoreGivesTheSameBytes() throws Exception {
        assertThat(csvZip(report(Edition.PUBLIC))).isEqualTo(csvZip(report(Edition.PUBLIC)));
        assertThat(json(report(Edition.OFFICIAL))).isEqualTo(json(report(Edition.OFFICIAL)));
    }

    @Test
    void figureListingsAreTheGoldenOnes() throws Exception {
        for (Map.Entry<String, String> listing : LISTINGS.entrySet()) {
            FigureRows.Listing rows = FigureRows.list(store.connection(), listing.getKey(), parameters(Edition.OFFICIAL));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvTable.write(rows.columns(), rows.rows(), out);
            assertGolden("rows/" + listing.getValue(), out.toString(StandardCharsets.UTF_8));
        }
    }

    private static DdorParameters parameters(Edition edition) {
        return ReportFixtures.week(WEEK, edition);
    }

    private static DdorReport report(Edition edition) throws Exception {
        return ReportFixtures.build(store, parameters(edition));
    }

    private static String json(DdorReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("json").render(report, out);
        return out.toString(StandardCharsets.UTF_8) + "\n";
    }

    private static byte[] csvZip(DdorReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("csv").render(report, out);
        return out.toByteArray();
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    /** Compares with the committed file, or (with -Dddor.golden.update=true) writes it. */
    private static void assertGolden(String name, String actual) throws IOException {
        if (UPDATE) {
            Path target = SOURCE_FOLDER.resolve(name);
            Files.createDirectories(target.getParent());
            Files.writeString(target, actual, StandardCharsets.UTF_8);
            return;
        }
        Path expected = ReportFixtures.fixture(GOLDEN + "expected/" + name);
        assertThat(lf(actual)).as("%s differs from the golden file; if the change is intended, run with "
                + "-Dddor.golden.update=true and review the diff", name)
                .isEqualTo(lf(Files.readString(expected, StandardCharsets.UTF_8)));
    }

    private static List<String> expectedNames(String subfolder) throws Exception {
        if (UPDATE) {
            return new ArrayList<>(unzip(csvZip(report(Edition.PUBLIC))).keySet());
        }
        Map<String, Path> names = new TreeMap<>();
        try (var files = Files.list(ReportFixtures.fixture(GOLDEN + "expected/" + subfolder))) {
            files.forEach(file -> names.put(file.getFileName().toString(), file));
        }
        return new ArrayList<>(names.keySet());
    }

    private static String lf(String text) {
        return text.replace("\r\n", "\n");
    }
}
