package org.ddor.ingest.xlsx;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
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

    /** Rows handed from the reading thread to the writing thread at a time. */
    private static final int BATCH_ROWS = 1_000;

    /** Marks the end of the rows. */
    private static final List<Row> END = List.of();

    /**
     * Writes the staging CSV in parts (each with the header of {@link #stagingHeader}) and returns the number
     * of data rows written (blank rows are skipped). Rows with cells beyond the header's width are written with
     * a marker so the importer can reject them; see {@link #EXTRA_CELLS}. The caller's thread parses the sheet
     * (the XML is most of the work); a second thread turns its rows into text and writes the parts, so the
     * two overlap on two cores. {@code progress} is called on the second thread.
     *
     * @throws InterruptedException when the thread is interrupted while handing over rows or a part (the import stops)
     */
    public static long stage(ProbedInput input, HeaderMatch match, Parts parts, LongConsumer progress)
            throws InterruptedException {
        try (ReadableWorkbook workbook = XlsxFiles.open(input.path())) {
            Sheet sheet = workbook.findSheet(input.sheet()).orElseThrow();
            BlockingQueue<List<Row>> batches = new ArrayBlockingQueue<>(4);
            FutureTask<Long> writing = new FutureTask<>(() -> write(batches, match, parts, progress));
            Thread writer = new Thread(writing, "ddor-xlsx-writer");
            writer.setDaemon(true);
            writer.start();
            try {
                read(sheet, input.headerRow(), batches, writing);
                return rowsWritten(writing);
            } finally {
                writing.cancel(true);
                writer.join(10_000);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException inputException) {
                throw inputException;
            }
            throw new InputException(input.path() + ": cannot read sheet '" + input.sheet() + "': "
                    + XlsxFiles.reason(e), e);
        }
    }

    /** Parses the sheet's rows below the header and hands them over in batches; stops early if the writer has. */
    private static void read(Sheet sheet, int headerRow, BlockingQueue<List<Row>> batches, FutureTask<Long> writing)
            throws IOException, InterruptedException {
        List<Row> batch = new ArrayList<>(BATCH_ROWS);
        try (var rows = sheet.openStream()) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (row.getRowNum() <= headerRow) {
                    continue;
                }
                batch.add(row);
                if (batch.size() == BATCH_ROWS) {
                    if (!handOver(batches, batch, writing)) {
                        return;
                    }
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
        }
        if (handOver(batches, batch, writing)) {
            handOver(batches, END, writing);
        }
    }

    /** Queues a batch; false when the writer has ended (failed) and no more rows are wanted. */
    private static boolean handOver(BlockingQueue<List<Row>> batches, List<Row> batch, FutureTask<Long> writing)
            throws InterruptedException {
        while (!batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
            if (writing.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** The writing thread: the rows' text into parts; returns the rows written. */
    private static long write(BlockingQueue<List<Row>> batches, HeaderMatch match, Parts parts, LongConsumer progress)
            throws IOException, InterruptedException {
        try (PartWriter writer = new PartWriter(parts, stagingHeader(match))) {
            long written = 0;
            for (List<Row> batch = batches.take(); batch != END; batch = batches.take()) {
                for (Row row : batch) {
                    if (!isBlank(row)) {
                        writer.write(values(row, match));
                        written++;
                    }
                }
                progress.accept(written);
            }
            writer.finish();
            return written;
        }
    }

    /** The writer's count of rows, or its failure as it was thrown. */
    private static long rowsWritten(FutureTask<Long> writing) throws IOException, InterruptedException {
        try {
            return writing.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof InterruptedException interrupted) {
                throw interrupted;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
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
