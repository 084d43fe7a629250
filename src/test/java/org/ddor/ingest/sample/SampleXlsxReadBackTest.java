package org.ddor.ingest.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.ddor.ingest.sample.GeneratorOptions.Format;
import org.ddor.ingest.sample.GeneratorOptions.Layout;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated spreadsheets read back with a real xlsx reader (fastexcel-reader, not the writer). */
class SampleXlsxReadBackTest {

    @TempDir
    Path dir;

    @Test
    void eroLesaXlsxHasTitleRowsTitleCaseHeadersAndDateCells() throws IOException {
        Path file = dir.resolve("ero.xlsx");
        GeneratorSummary summary = SampleFixtures.generate(GeneratorOptions.of(2_000, 8, Layout.ERO_LESA, Format.XLSX), file);

        List<Row> rows = read(file, "FY2026");
        assertThat(rows.get(0).getCellText(0)).isEqualTo("U.S. Immigration and Customs Enforcement");
        assertThat(rows.get(2).getCellText(0)).isEqualTo("DDOR GENERATED SAMPLE DATA — NOT REAL");
        assertThat(rows.get(3)).isNull();
        Row header = rows.get(4);
        assertThat(header.getCellText(0)).isEqualTo("Detainer Prepare Date");
        assertThat(header.getCellText(1)).isEqualTo("Facility State");
        assertThat(header.getCellText(9)).isEqualTo("Detention Facility Code");
        assertThat(header.getCellText(53)).isEqualTo("Detainer Lift Reason");
        assertThat(header.getCellCount()).isEqualTo(61);

        List<Row> data = rows.subList(5, rows.size());
        assertThat(data).hasSize(2_000);
        for (Row row : data) {
            assertDateCell(row.getCell(0), summary.firstDay(), summary.lastDay());
            assertThat(row.getCell(15).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCell(15).asNumber().intValue()).isBetween(1949, 2008);
            assertThat(row.getCell(59).getType()).isEqualTo(CellType.STRING);
            assertThat(row.getCellText(59)).matches("[0-9a-f]{40}");
        }
        assertThat(data).anySatisfy(row -> assertThat(row.getOptionalCell(2)).isPresent())
                .anySatisfy(row -> assertThat(row.getOptionalCell(5).map(Cell::getType)).isNotEqualTo(java.util.Optional.of(CellType.STRING)));
    }

    @Test
    void foiaXlsxUsesIcesOriginalTitles() throws IOException {
        Path file = dir.resolve("foia.xlsx");
        GeneratorSummary summary = SampleFixtures.generate(GeneratorOptions.of(1_000, 8, Layout.FOIA_2015, Format.XLSX), file);

        List<Row> rows = read(file, "Detainers");
        assertThat(rows.get(2).getCellText(0)).isEqualTo(SampleGenerator.NOT_REAL);
        assertThat(rows.get(4).stream().map(Cell::getText).toList()).containsExactly(
                "Prepare Date", "Detainer Lift Reason", "Detainer Detention Facility", "City", "State", "Detainer Type");
        assertThat(rows.subList(5, rows.size())).hasSize(1_000)
                .allSatisfy(row -> assertDateCell(row.getCell(0), summary.firstDay(), summary.lastDay()));
    }

    @Test
    void malformedDatesAreTextCellsInXlsx() throws IOException {
        Path file = dir.resolve("dirty.xlsx");
        GeneratorSummary summary = SampleFixtures.generate(
                new GeneratorOptions(1_000, 8, Layout.ERO_LESA, Format.XLSX, 0.05, null), file);

        List<Row> data = read(file, "FY2026").subList(5, 1_005);
        long textDates = data.stream().filter(row -> row.getOptionalCell(0).map(Cell::getType).orElse(CellType.EMPTY) == CellType.STRING).count();
        long extraCells = data.stream().filter(row -> row.getOptionalCell(61).isPresent()).count();

        assertThat(textDates).isEqualTo(summary.malformedByKind().get(DirtyKind.IMPOSSIBLE_DATE)
                + summary.malformedByKind().get(DirtyKind.GARBLED_DATE));
        assertThat(extraCells).isEqualTo(summary.malformedByKind().get(DirtyKind.WRONG_COLUMN_COUNT)).isPositive();
    }

    private static void assertDateCell(Cell cell, LocalDate first, LocalDate last) {
        assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
        assertThat(cell.getDataFormatString()).containsIgnoringCase("yy");
        LocalDateTime date = cell.asDate();
        assertThat(date.toLocalDate()).isBetween(first, last);
    }

    /** Rows by position, as a spreadsheet shows them (0 = row 1); a row without cells is an empty row. */
    private static List<Row> read(Path file, String sheetName) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo(sheetName);
            List<Row> present = sheet.read();
            Row[] rows = new Row[present.get(present.size() - 1).getRowNum()];
            present.forEach(row -> rows[row.getRowNum() - 1] = row);
            return java.util.Arrays.asList(rows);
        }
    }
}
