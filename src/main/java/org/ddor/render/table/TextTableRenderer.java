package org.ddor.render.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ddor.render.ReportRenderer;

/**
 * A report's tables as aligned plain text for a terminal: the title, what it covers, each table
 * with figures right-aligned, then the notes. Prose is wrapped at {@link #LINE_WIDTH} characters;
 * long text cells are cut at {@link #MAX_TEXT_WIDTH} with "…", and columns empty in every row are
 * left out (the CSV and JSON keep everything). Stateless and thread-safe.
 *
 * @param <M> the report model
 */
public final class TextTableRenderer<M> implements ReportRenderer<M> {

    /** Text cells wider than this are cut in the terminal rendering. */
    static final int MAX_TEXT_WIDTH = 48;

    /** Prose lines are wrapped at this width. */
    static final int LINE_WIDTH = 100;

    private final Tabulator<M> tabulator;

    public TextTableRenderer(Tabulator<M> tabulator) {
        this.tabulator = tabulator;
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String extension() {
        return "txt";
    }

    @Override
    public void render(M model, OutputStream out) throws IOException {
        out.write(text(tabulator.tabulate(model)).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    static String text(Tabulated tabulated) {
        StringBuilder text = new StringBuilder(tabulated.title()).append('\n');
        text.append("=".repeat(tabulated.title().length())).append('\n');
        tabulated.lines().forEach(line -> wrap(line, "", "  ", text));
        for (Table table : tabulated.tables()) {
            text.append('\n');
            if (table.title() != null) {
                text.append(table.title()).append('\n');
            }
            table(table, text);
        }
        if (!tabulated.notes().isEmpty()) {
            text.append("\nNotes\n");
            tabulated.notes().forEach(note -> wrap(note, "- ", "  ", text));
        }
        return text.toString();
    }

    /** Appends {@code line} wrapped at word boundaries, the first line after {@code first}, the rest after {@code rest}. */
    static void wrap(String line, String first, String rest, StringBuilder text) {
        String prefix = first;
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            if (current.length() > 0 && prefix.length() + current.length() + 1 + word.length() > LINE_WIDTH) {
                text.append(prefix).append(current).append('\n');
                current.setLength(0);
                prefix = rest;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(word);
        }
        text.append(prefix).append(current).append('\n');
    }

    private static void table(Table table, StringBuilder text) {
        if (table.rows().isEmpty()) {
            text.append("  (none)\n");
            return;
        }
        List<Integer> shown = shownColumns(table);
        List<String[]> lines = new ArrayList<>();
        int[] widths = new int[shown.size()];
        boolean[] right = new boolean[shown.size()];
        String[] heading = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            heading[i] = table.columns().get(shown.get(i)).heading();
            widths[i] = heading[i].length();
        }
        for (List<Object> row : table.rows()) {
            String[] line = new String[shown.size()];
            for (int i = 0; i < shown.size(); i++) {
                Object cell = row.get(shown.get(i));
                right[i] |= Cells.numeric(cell);
                line[i] = cut(Cells.text(cell));
                widths[i] = Math.max(widths[i], line[i].length());
            }
            lines.add(line);
        }
        line(heading, widths, right, text);
        String[] rule = new String[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            rule[i] = "-".repeat(widths[i]);
        }
        line(rule, widths, right, text);
        lines.forEach(line -> line(line, widths, right, text));
    }

    private static List<Integer> shownColumns(Table table) {
        List<Integer> shown = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            if (table.rows().stream().anyMatch(row -> !Cells.text(row.get(column)).isEmpty())) {
                shown.add(i);
            }
        }
        return shown;
    }

    private static void line(String[] cells, int[] widths, boolean[] right, StringBuilder text) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String padding = " ".repeat(widths[i] - cells[i].length());
            line.append(i == 0 ? "" : "  ").append(right[i] ? padding + cells[i] : cells[i] + padding);
        }
        text.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cut(String cell) {
        String flat = cell.replace('\n', ' ');
        return flat.length() <= MAX_TEXT_WIDTH ? flat : flat.substring(0, MAX_TEXT_WIDTH - 1) + "…";
    }
}
