package org.ddor.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ddor.render.html.Xhtml;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.report.Count;
import org.ddor.report.Rate;

/**
 * The companion reports' tables ({@link Tabulated}, from the same tabulators the CSV and text outputs use)
 * as XHTML: a count is always its public display ("&lt;5", never the value) and carries its figure key
 * (for {@code ddor report rows}) as its title; a rate shows its 95% interval, or why it is withheld.
 */
final class TableHtml {

    /** A cell that is a web address (a policy's source) becomes a link; any other scheme stays text. */
    private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile("https?://[^\\s<>\"]{1,500}");

    private TableHtml() {
    }

    /** The report's covering lines (period, edition, data, definitions) as a list with an id to link to. */
    static void lines(Xhtml html, Tabulated tabulated) {
        html.open("section", "class", "report-lines", "id", "definitions", "aria-label", "What this covers");
        html.open("ul");
        tabulated.lines().forEach(line -> html.element("li", line));
        html.close().close();
    }

    static void notes(Xhtml html, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        html.element("h2", "Notes");
        html.open("ul", "class", "notes");
        notes.forEach(note -> html.element("li", note));
        html.close();
    }

    /** Every table of the report, with its title (or {@code caption}) as caption. */
    static void tables(Xhtml html, Tabulated tabulated, String caption) {
        for (Table table : tabulated.tables()) {
            table(html, table, table.title() != null ? table.title() : caption);
        }
    }

    static void table(Xhtml html, Table table, String caption) {
        html.open("div", "class", "table-wrap");
        html.open("table", "class", "companion " + table.name().replace('_', '-'));
        html.element("caption", caption);
        html.open("thead").open("tr");
        for (int i = 0; i < table.columns().size(); i++) {
            Column column = table.columns().get(i);
            html.element("th", heading(column), "scope", "col", "class", numeric(table, i) ? "num" : null);
        }
        html.close().close().open("tbody");
        for (List<Object> row : table.rows()) {
            html.open("tr");
            for (Object value : row) {
                cell(html, value);
            }
            html.close();
        }
        html.closeThrough("table");
        html.close();
    }

    private static String heading(Column column) {
        String heading = column.heading();
        return heading.substring(0, 1).toUpperCase(Locale.ROOT) + heading.substring(1);
    }

    private static boolean numeric(Table table, int column) {
        return table.rows().stream().map(row -> row.get(column)).anyMatch(v -> v instanceof Count || v instanceof Rate
                || v instanceof Number);
    }

    /** One cell as the public edition shows it. */
    static void cell(Xhtml html, Object value) {
        if (value instanceof Count count) {
            count(html, count);
        } else if (value instanceof Rate rate) {
            rate(html, rate);
        } else if (value instanceof Double share) {
            html.element("td", Rate.percent(share), "class", "num");
        } else if (value instanceof Number number) {
            html.element("td", Format.number(number.longValue()), "class", "num");
        } else if (value instanceof Boolean flag) {
            html.element("td", flag ? "yes" : "");
        } else if (value instanceof LocalDate day) {
            html.element("td", day.toString(), "class", "date");
        } else if (value instanceof String text && SOURCE.matcher(text).matches()) {
            html.open("td").element("a", text, "href", text, "rel", "nofollow noreferrer").close();
        } else {
            html.element("td", value == null ? "" : value.toString());
        }
    }

    /** A count: its display, and its figure key as the title (the records behind it: 'ddor report rows KEY'). */
    static void count(Xhtml html, Count count) {
        html.element("td", count.display(), "class", count.suppressed() ? "num suppressed" : "num",
                "title", count.trace() == null ? null : "records: ddor report rows " + count.trace(),
                "data-trace", count.trace());
    }

    /** A rate with its interval, or what is shown instead and why. */
    static void rate(Xhtml html, Rate rate) {
        html.element("td", rate.display(), "class", rate.shown() ? "num rate" : "num rate withheld",
                "title", rate.shown() ? "95% Wilson score interval in brackets" : "withheld: " + rate.withheld());
    }
}
