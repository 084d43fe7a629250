package org.ddor.render.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ddor.render.ReportRenderer;
import org.ddor.render.csv.CsvTable;

/**
 * A report's tables as CSV, written as {@link CsvTable} writes the Declined Detainer Outcome
 * Report's (UTF-8, LF, RFC 4180, one header row): a report of one table is one CSV; a report of
 * several is a zip of one CSV per table with a README.txt holding the title, what the report covers
 * and its notes. The zip's entries carry a fixed time, so the same report gives the same bytes.
 * Suppressed counts are written as their display ("&lt;5"), never their value. Stateless and
 * thread-safe.
 *
 * @param <M> the report model
 */
public final class CsvTableRenderer<M> implements ReportRenderer<M> {

    /** The time every zip entry carries (as the DDOR report's zip does). */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Tabulator<M> tabulator;
    private final boolean zipped;

    private CsvTableRenderer(Tabulator<M> tabulator, boolean zipped) {
        this.tabulator = tabulator;
        this.zipped = zipped;
    }

    /** For a report of one table: one CSV. */
    public static <M> CsvTableRenderer<M> single(Tabulator<M> tabulator) {
        return new CsvTableRenderer<>(tabulator, false);
    }

    /** For a report of several tables: a zip of CSV files. */
    public static <M> CsvTableRenderer<M> zipped(Tabulator<M> tabulator) {
        return new CsvTableRenderer<>(tabulator, true);
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return zipped ? "zip" : "csv";
    }

    @Override
    public void render(M model, OutputStream out) throws IOException {
        Tabulated tabulated = tabulator.tabulate(model);
        if (!zipped) {
            if (tabulated.tables().size() != 1) {
                throw new IllegalStateException(tabulated.title() + " has " + tabulated.tables().size()
                        + " tables; it is rendered as a zip of CSV files");
            }
            csv(tabulated.tables().get(0)).writeTo(out);
            return;
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "README.txt", readme(tabulated).getBytes(StandardCharsets.UTF_8));
        for (Table table : tabulated.tables()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            csv(table).writeTo(bytes);
            entry(zip, table.name() + ".csv", bytes.toByteArray());
        }
        zip.finish();
        zip.flush();
    }

    /** The table with every cell as CSV text; a rate column becomes four columns. */
    static CsvTable csv(Table table) {
        List<String> header = new ArrayList<>();
        table.columns().forEach(column -> header.addAll(Cells.csvHeader(column)));
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                cells.addAll(Cells.csv(row.get(i), table.columns().get(i)));
            }
            rows.add(cells);
        }
        return new CsvTable(table.name(), header, rows);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    private static String readme(Tabulated tabulated) {
        StringBuilder text = new StringBuilder(tabulated.title()).append("\n\n");
        tabulated.lines().forEach(line -> text.append(line).append('\n'));
        text.append("\nFiles:\n");
        tabulated.tables().forEach(table -> text.append("  ").append(table.name()).append(".csv")
                .append(table.title() == null ? "" : "  " + table.title()).append('\n'));
        if (!tabulated.notes().isEmpty()) {
            text.append("\nNotes:\n");
            tabulated.notes().forEach(note -> text.append("- ").append(note).append('\n'));
        }
        return text.toString();
    }
}
