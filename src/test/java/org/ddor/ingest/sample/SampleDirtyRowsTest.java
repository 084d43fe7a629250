package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.sample.GeneratorOptions.Format;
import org.ddor.ingest.sample.GeneratorOptions.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dirty}: the requested share of rows is malformed, every kind occurs, and a reader can find each. */
class SampleDirtyRowsTest {

    private static final java.util.Set<String> STATE_NAMES = Gazetteer.load().states().stream()
            .map(state -> state.name().toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

    @TempDir
    Path dir;

    @Test
    void eroLesaCsvHasEveryMalformationAtTheRequestedShare() {
        Path file = dir.resolve("ero.csv");
        GeneratorSummary summary = SampleFixtures.generate(
                new GeneratorOptions(20_000, 99, Layout.ERO_LESA, Format.CSV, 0.01, null), file);
        List<CsvRecord> records = SampleFixtures.readCsv(file);
        Map<DirtyKind, Integer> found = new EnumMap<>(DirtyKind.class);
        for (CsvRecord row : records.subList(1, records.size())) {
            DirtyKind kind = classifyEroLesa(row);
            if (kind != null) {
                found.merge(kind, 1, Integer::sum);
            }
        }

        assertThat(summary.malformedRows()).isBetween(150L, 250L);
        assertThat(summary.malformedByKind().keySet()).containsExactlyInAnyOrder(DirtyKind.values());
        assertThat(summary.malformedByKind().values()).allMatch(count -> count >= 10);
        for (DirtyKind kind : DirtyKind.values()) {
            assertThat(found.get(kind)).as(kind.name()).isEqualTo(summary.malformedByKind().get(kind).intValue());
        }
    }

    @Test
    void foiaCsvHasEveryMalformationThatFitsItsColumns() {
        Path file = dir.resolve("foia.csv");
        GeneratorSummary summary = SampleFixtures.generate(
                new GeneratorOptions(30_000, 99, Layout.FOIA_2015, Format.CSV, 0.01, null), file);
        List<CsvRecord> records = SampleFixtures.readCsv(file);
        long unreadableDates = records.subList(1, records.size()).stream()
                .filter(row -> !row.getField(0).matches("\\d{4}-\\d{2}-\\d{2} 00:00:00") || !isDate(row.getField(0).substring(0, 10)))
                .count();
        long wrongWidth = records.stream().filter(row -> row.getFieldCount() != 6).count();

        assertThat(summary.malformedByKind().keySet()).doesNotContain(DirtyKind.NON_NUMERIC_BIRTH_YEAR);
        assertThat(summary.malformedByKind().values()).allMatch(count -> count >= 15);
        assertThat(unreadableDates).isEqualTo(summary.malformedByKind().get(DirtyKind.IMPOSSIBLE_DATE)
                + summary.malformedByKind().get(DirtyKind.GARBLED_DATE)
                + summary.malformedByKind().get(DirtyKind.MISSING_PREPARE_DATE));
        assertThat(wrongWidth).isEqualTo(summary.malformedByKind().get(DirtyKind.WRONG_COLUMN_COUNT));
    }

    @Test
    void xlsxLeavesOutTheCsvOnlyMalformation() {
        GeneratorOptions options = new GeneratorOptions(100, 1, Layout.ERO_LESA, Format.XLSX, 0.5, null);

        assertThat(GenerationRun.kindsFor(options)).doesNotContain(DirtyKind.STRAY_QUOTE).contains(DirtyKind.WRONG_COLUMN_COUNT);
    }

    @Test
    void malformedValuesAreTheDocumentedExamples() {
        int february = (int) LocalDate.of(2025, 2, 10).toEpochDay();

        assertThat(MalformedValues.impossibleDate(february, 0)).isEqualTo("2025-02-30");
        assertThat(MalformedValues.impossibleDate(february, 1)).isEqualTo("2025-04-31");
        assertThat(MalformedValues.garbledDate(february, 0)).isEqualTo("13/45/2025");
        assertThat(MalformedValues.strayQuote("MONTGOMERY CNTY JAIL, PA")).isEqualTo("\"MONTGOMERY \"WEST\" CNTY JAIL, PA\"");
    }

    /** What an importer would find wrong with a row, or null. Checks in the order the layout writes the columns. */
    private static DirtyKind classifyEroLesa(CsvRecord row) {
        if (row.getFieldCount() != 61) {
            return DirtyKind.WRONG_COLUMN_COUNT;
        }
        String date = row.getField(0);
        if (date.equals("NA")) {
            return DirtyKind.MISSING_PREPARE_DATE;
        }
        if (!date.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return DirtyKind.GARBLED_DATE;
        }
        if (!isDate(date)) {
            return DirtyKind.IMPOSSIBLE_DATE;
        }
        if (!STATE_NAMES.contains(row.getField(1))) {
            return DirtyKind.UNKNOWN_STATE;
        }
        if (row.getField(8).contains("\"")) {
            return DirtyKind.STRAY_QUOTE;
        }
        if (!row.getField(15).matches("\\d{4}")) {
            return DirtyKind.NON_NUMERIC_BIRTH_YEAR;
        }
        return null;
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

}
