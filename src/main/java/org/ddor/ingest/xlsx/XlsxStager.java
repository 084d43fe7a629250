package org.ddor.ingest.xlsx;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.ddor.ingest.DetainerField;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.InputException;
import org.ddor.ingest.ProbedInput;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Streams the data rows of an xlsx sheet into a staging CSV that the database loads like any
 * other CSV: one column {@code source_row} (the sheet's 1-based row number) and one column per
 * recognised field. Spreadsheet date cells become ISO dates; whole numbers lose their ".0".
 * Memory stays constant: fastexcel-reader streams the sheet XML.
 */
public final class XlsxStager {

    /** Name of the staging column holding the sheet's row number. */
    public static final String SOURCE_ROW = "source_row";

    private XlsxStager() {
    }

    /** The staging CSV's header: source_row, then the matched fields in {@link DetainerField} order. */
    public static List<String> stagingHeader(HeaderMatch match) {
        List<String> header = new ArrayList<>();
        header.add(SOURCE_ROW);
        for (DetainerField field : match.columns().keySet()) {
            header.add(field.column());
        }
        return header;
    }

    /**
     * Where the staging CSV goes: in parts of at most {@link #rowsPerPart()} rows, each handed over as soon as it
     * is complete, so the database can load one part while the next is read (the two cores overlap).
     */
    public interface Parts {

        int rowsPerPart();

        /** A new, empty file for the next part. */
        Path newPart() throws IOException;

        /** The part is written and closed; may block until there is room for another. */
        void completed(Path part) throws IOException, InterruptedException;
    }

    /**
     * Writes the staging CSV in parts (each with the header of {@link #stagingHeader}) and returns the number
     * of data rows written (blank rows are skipped). Rows with cells beyond the header's width are written with
     * a marker so the importer can reject them; see {@link #EXTRA_CELLS}. Runs on the caller's thread.
     *
     * @throws InterruptedException when the thread is interrupted while handing over a part (the import stops)
     */
    public static long stage(ProbedInput input, HeaderMatch match, Parts parts, LongConsumer progress)
            throws InterruptedException {
        try (ReadableWorkbook workbook = XlsxFiles.open(input.path());
             PartWriter writer = new PartWriter(parts, stagingHeader(match))) {
            Sheet sheet = workbook.findSheet(input.sheet()).orElseThrow();
            long written = 0;
            try (var rows = sheet.openStream()) {
                for (Row row : (Iterable<Row>) rows::iterator) {
                    if (row.getRowNum() <= input.headerRow() || isBlank(row)) {
                        continue;
                    }
                    writer.write(values(row, match));
                    if (++written % 10_000 == 0) {
                        progress.accept(written);
                    }
                }
            }
            writer.finish();
            progress.accept(written);
            return written;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException inputException) {
                throw inputException;
            }
            throw new InputException(input.path() + ": cannot read sheet '" + input.sheet() + "': "
                    + XlsxFiles.reason(e), e);
        }
    }

    /** Writes rows into the current part and starts a new one when it is full. Not thread-safe. */
    private static final class PartWriter implements AutoCloseable {

        private final Parts parts;
        private final List<String> header;
        private Path current;
        private CsvWriter out;
        private int rowsInPart;
        private boolean handedOver;

        PartWriter(Parts parts, List<String> header) {
            this.parts = parts;
            this.header = header;
        }

        void write(List<String> values) throws IOException, InterruptedException {
            if (out == null) {
                start();
            }
            out.writeRecord(values);
            if (++rowsInPart == parts.rowsPerPart()) {
                finish();
            }
        }

        private void start() throws IOException {
            current = parts.newPart();
            out = CsvWriter.builder().build(current);
            out.writeRecord(header);
        }

        /** Hands over the current part, if it has rows; a sheet without data rows still gives one, empty part. */
        void finish() throws IOException, InterruptedException {
            if (out == null && !handedOver) {
                start();
            }
            if (out != null) {
                handedOver = true;
                out.close();
                out = null;
                rowsInPart = 0;
                parts.completed(current);
            }
        }

        /** Closes a part left unfinished by a failure; it is not handed over. */
        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }

    /**
     * Marks a row that has values beyond the header, in place of its prepare date and followed by the first
     * value beyond: the importer rejects the row with that value.
     */
    public static final String EXTRA_CELLS = "\u0000extra-cells:";

    private static List<String> values(Row row, HeaderMatch match) {
        List<String> values = new ArrayList<>(match.columns().size() + 1);
        values.add(Integer.toString(row.getRowNum()));
        for (Map.Entry<DetainerField, Integer> column : match.columns().entrySet()) {
            values.add(text(row, column.getValue()));
        }
        String beyond = firstCellBeyond(row, match.width());
        if (beyond != null) {
            values.set(1, EXTRA_CELLS + beyond);
        }
        return values;
    }

    private static String text(Row row, int index) {
        if (index >= row.getCellCount()) {
            return "";
        }
        Cell cell = row.getCell(index);
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            return isDateFormat(cell.getDataFormatString()) ? isoDate(cell.asDate()) : plain(cell.asNumber());
        }
        return cell.getText();
    }

    /** A number format is a date format when it has d, m or y outside quotes and brackets. */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        boolean quoted = false;
        boolean bracket = false;
        for (char c : format.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '[') {
                bracket = true;
            } else if (c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && "dmyDMY".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String isoDate(LocalDateTime dateTime) {
        return dateTime == null ? "" : dateTime.toLocalDate().toString();
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }

    private static boolean isBlank(Row row) {
        for (int i = 0; i < row.getCellCount(); i++) {
            if (!row.getCellText(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The text of the first non-blank cell right of the header's last column, or null. */
    private static String firstCellBeyond(Row row, int width) {
        for (int i = width; i < row.getCellCount(); i++) {
            if (!row.getCellText(i).isBlank()) {
                return row.getCellText(i);
            }
        }
        return null;
    }
}
