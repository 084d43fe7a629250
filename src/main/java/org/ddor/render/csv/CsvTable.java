package org.ddor.render.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One table of a report as CSV: a name (the file is {@code name.csv}), a header of stable column
 * names, and rows of text. UTF-8, LF line ends, RFC 4180 quoting. Immutable.
 *
 * @param name   the table's name, e.g. "section2"
 * @param header the column names
 * @param rows   the rows, each as long as the header; "" for an empty cell
 */
public record CsvTable(String name, List<String> header, List<List<String>> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
                        + header.size() + " columns");
            }
        }
    }

    public String fileName() {
        return name + ".csv";
    }

    /** Writes the header and rows to {@code out}, flushing but not closing it. */
    public void writeTo(OutputStream out) throws IOException {
        write(header, rows, out);
    }

    /** Writes any header and rows as CSV to {@code out}, flushing but not closing it. */
    public static void write(List<String> header, Iterable<List<String>> rows, OutputStream out) throws IOException {
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        csv.writeRecord(header);
        for (List<String> row : rows) {
            csv.writeRecord(row);
        }
        csv.flush();
        text.flush();
    }
}
