package org.ddor.report.accuracy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ddor.render.DdorRenderers;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.ReportFixtures;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Privacy (DESIGN.md §6): the public edition never shows a count above 0 and below the threshold.
 * For a dataset with many small groups (the golden fixture) and thresholds 5 and 12: in the JSON
 * every count with suppressed=true has value null and display "&lt;threshold", and no count shows a
 * small value; in every CSV table no count cell holds a small number; small Section II groups show
 * months, not days, and no age; and, when an HTML renderer is registered, no figure linked to its
 * key shows its suppressed value.
 */
class PublicOutputsHoldNoSuppressedValueTest {

    private static final String GOLDEN = "/org/ddor/report/golden/input/";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Each CSV count column and the column holding its figure key. */
    private static final Map<String, List<String>> COUNT_COLUMNS = Map.of(
            "issued", List.of("issued_trace", "trace"),
            "declined", List.of("declined_trace", "trace"),
            "count", List.of("trace"),
            "declines", List.of("trace"),
            "group_declines", List.of("group_trace"));

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void buildStore() {
        store = ReportFixtures.storeWith(folder, GOLDEN + "golden-policies.csv", GOLDEN + "golden-detainers.csv");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 12})
    void theJsonCarriesNoSuppressedValue(int threshold) throws Exception {
        DdorReport report = report(threshold);
        assertThat(ReportFixtures.figures(report).values()).filteredOn(Count::suppressed).isNotEmpty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("json").render(report, out);
        List<JsonNode> counts = new ArrayList<>();
        collectCounts(JSON.readTree(out.toByteArray()), counts);
        assertThat(counts).hasSize(ReportFixtures.figures(report).size());
        for (JsonNode count : counts) {
            if (count.path("suppressed").asBoolean()) {
                assertThat(count.get("value").isNull()).as("value of %s", count.path("trace")).isTrue();
                assertThat(count.path("display").asText()).isEqualTo("<" + threshold);
            } else {
                assertThat(count.get("value").asLong()).as("value of %s", count.path("trace"))
                        .satisfiesAnyOf(value -> assertThat(value).isZero(),
                                value -> assertThat(value).isGreaterThanOrEqualTo(threshold));
            }
        }
        for (JsonNode group : JSON.readTree(out.toByteArray()).path("sectionII")) {
            if (group.path("generalised").asBoolean()) {
                for (JsonNode row : group.path("rows")) {
                    assertThat(row.path("issued").asText()).matches("\\d{4}-\\d{2}");
                    assertThat(row.path("ageDays").isNull()).isTrue();
                    assertThat(row.path("charge").isNull()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 12})
    void noCsvTableHasASmallCount(int threshold) throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        DdorRenderers.forFormat("csv").render(report(threshold), zip);
        Map<String, String> tables = unzip(zip.toByteArray());
        int cellsChecked = 0;
        for (Map.Entry<String, String> table : tables.entrySet()) {
            if (!table.getKey().endsWith(".csv")) {
                continue;
            }
            for (NamedCsvRecord row : CsvReader.builder().ofNamedCsvRecord(table.getValue())) {
                cellsChecked += checkCounts(table.getKey(), row, threshold);
                if (table.getKey().equals("section2.csv") && row.getField("generalised").equals("true")) {
                    assertThat(row.getField("issued")).matches("\\d{4}-\\d{2}");
                    assertThat(row.getField("age_days")).isEmpty();
                    assertThat(row.getField("charge")).isEmpty();
                }
            }
        }
        assertThat(cellsChecked).isGreaterThan(40);
        assertThat(tables.get("section4_exclusions.csv")).contains("<" + threshold);
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 12})
    void noHtmlFigureShowsItsSuppressedValue(int threshold) throws Exception {
        assumeTrue(DdorRenderers.formats().contains("html"), "no HTML renderer is registered yet");
        DdorReport report = report(threshold);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("html").render(report, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertThat(html).containsAnyOf("&lt;" + threshold, "&#60;" + threshold);
        for (Count count : ReportFixtures.figures(report).values()) {
            if (!count.suppressed()) {
                continue;
            }
            for (String key : List.of(count.trace(), URLEncoder.encode(count.trace(), StandardCharsets.UTF_8))) {
                Matcher link = Pattern.compile("<a\\b[^>]*\"[^\"]*" + Pattern.quote(key) + "\"[^>]*>(.*?)</a>",
                        Pattern.DOTALL).matcher(html);
                while (link.find()) {
                    assertThat(link.group(1).replaceAll("<[^>]*>", "").strip()).as("text of the link to %s", key)
                            .isIn("&lt;" + threshold, "&#60;" + threshold);
                }
            }
        }
    }

    private static DdorReport report(int threshold) throws Exception {
        DdorParameters parameters = new DdorParameters(Period.week(LocalDate.parse("2017-02-08"), DayOfWeek.SATURDAY), DdorParameters.DEFAULT_TOP, new Suppression(Edition.PUBLIC, threshold),
                DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
        return ReportFixtures.build(store, parameters);
    }

    /** Checks the count cells of a row that carry a figure key; returns how many it checked. */
    private static int checkCounts(String table, NamedCsvRecord row, int threshold) {
        int checked = 0;
        for (Map.Entry<String, List<String>> column : COUNT_COLUMNS.entrySet()) {
            String trace = column.getValue().stream().filter(name -> row.findField(name).isPresent())
                    .map(name -> row.getField(name)).findFirst().orElse("");
            if (row.findField(column.getKey()).isEmpty() || trace.isEmpty()) {
                continue;
            }
            String cell = row.getField(column.getKey());
            assertThat(cell).as("%s %s of %s", table, column.getKey(), trace)
                    .satisfiesAnyOf(text -> assertThat(text).isEqualTo("<" + threshold),
                            text -> assertThat(text).isEqualTo("0"),
                            text -> assertThat(Long.parseLong(text)).isGreaterThanOrEqualTo(threshold));
            checked++;
        }
        return checked;
    }

    private static void collectCounts(JsonNode node, List<JsonNode> counts) {
        if (node.isObject() && node.has("suppressed") && node.has("trace")) {
            counts.add(node);
            return;
        }
        node.forEach(child -> collectCounts(child, counts));
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
}
