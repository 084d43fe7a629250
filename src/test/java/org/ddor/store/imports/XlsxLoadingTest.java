package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.InputProbe;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.xlsx.XlsxStager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An xlsx sheet is read into staging parts on one thread while the database loads them on another
 * ({@link XlsxLoading}): however the sheet is cut into parts, the staged rows and the reader's rejects are the
 * same as from one part, and a failed load stops the reader and leaves no part behind.
 */
class XlsxLoadingTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5})
    void anySizeOfPartStagesTheSameRowsAsOnePart(int rowsPerPart) throws Exception {
        ProbedInput input = probe(sheetOf(11));

        List<List<String>> inParts = stage(input, rowsPerPart);

        assertThat(inParts).hasSize(12).isEqualTo(stage(input, 1_000));
        assertThat(inParts.get(0)).startsWith("5", "2024-03-01");
        assertThat(inParts.get(11).get(0)).isEqualTo("17");
    }

    @Test
    void aSheetWithoutDataRowsStagesAnEmptyTable() throws Exception {
        assertThat(stage(probe(sheetOf(-1)), 2)).isEmpty();
    }

    @Test
    void aFailedLoadStopsTheReaderAndLeavesNoPartBehind() throws Exception {
        ProbedInput input = probe(sheetOf(40));
        List<Path> handed = new ArrayList<>();

        assertThatThrownBy(() -> XlsxLoading.load(input, HeaderMatch.of(input.header()), 3, rows -> { }, (part, first) -> {
            handed.add(part);
            if (!first) {
                throw new SQLException("disk full (simulated)");
            }
        })).isInstanceOf(SQLException.class).hasMessage("disk full (simulated)");

        assertThat(handed).hasSize(2);
        assertThat(handed).noneMatch(Files::exists);
        assertThat(handed.get(0).getParent()).doesNotExist();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ddor-xlsx-reader") && t.isAlive());
    }

    @Test
    void aPartThatCannotBeWrittenStopsTheReadingWithTheReason() throws Exception {
        ProbedInput input = probe(sheetOf(3_000));

        assertThatThrownBy(() -> XlsxStager.stage(input, HeaderMatch.of(input.header()), new XlsxStager.Parts() {
            @Override
            public int rowsPerPart() {
                return 500;
            }

            @Override
            public Path newPart() {
                return folder.resolve("part.csv");
            }

            @Override
            public void completed(Path part) throws java.io.IOException {
                throw new java.io.IOException("disk full (simulated)");
            }
        }, rows -> { })).isInstanceOf(org.ddor.ingest.InputException.class).hasMessageEndingWith("disk full (simulated)");

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("ddor-xlsx-writer") && t.isAlive());
    }

    /** The staged rows (source row, then every field) in sheet order, as the importer stages them. */
    private static List<List<String>> stage(ProbedInput input, int rowsPerPart) throws SQLException {
        HeaderMatch match = HeaderMatch.of(input.header());
        List<String> columns = new ArrayList<>(List.of("cast(source_row as bigint) as source_row"));
        match.columns().keySet().forEach(field -> columns.add(field.column()));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            CsvTable csv = new CsvTable(connection, InputLimits.DEFAULT);
            List<String> names = XlsxStager.stagingHeader(match);
            long staged = XlsxLoading.load(input, match, rowsPerPart, rows -> { }, (part, first) -> {
                if (first) {
                    csv.read(part, 1, names, columns, "staged");
                } else {
                    csv.append(part, 1, names, columns, "staged");
                }
            });
            List<List<String>> rows = rows(connection, "select * exclude (empty_row) from staged order by source_row");
            assertThat(rows).hasSize((int) staged);
            return rows;
        }
    }

    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** An ICE-style sheet: title rows, the header in row 4, then {@code rows} data rows (row 5 on) and a blank row. */
    private Path sheetOf(int rows) throws Exception {
        List<List<Object>> data = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            data.add(TestWorkbooks.eroLesaRow(LocalDate.of(2024, 3, 1).plusDays(i), "TEXAS", "HARRIS COUNTY JAIL",
                    "HARRITX", "HOUSTON", 1980, "Detainer Declined by LEA", "x" + i));
        }
        if (rows > 3) {
            data.add(3, List.of());
        }
        return TestWorkbooks.write(folder.resolve("sheet-" + rows + ".xlsx"),
                new TestWorkbooks.Sheet("FY24", TestWorkbooks.iceSheet(TestWorkbooks.ERO_LESA_HEADER, data)));
    }

    private static ProbedInput probe(Path xlsx) {
        return new InputProbe(InputLimits.DEFAULT).probe(xlsx);
    }
}
