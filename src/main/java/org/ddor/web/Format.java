package org.ddor.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ddor.render.html.Xhtml;
import org.ddor.report.Count;

/** Small writing helpers shared by the pages. */
final class Format {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private Format() {
    }

    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    static String longDate(LocalDate day) {
        return day == null ? "\u2014" : LONG.format(day);
    }

    /** A right-aligned table cell with a figure as the public edition shows it (never a suppressed value). */
    static void countCell(Xhtml html, Count count) {
        html.element("td", count.display(), "class", count.suppressed() ? "num suppressed" : "num");
    }

    static void numberCell(Xhtml html, long value) {
        html.element("td", number(value), "class", "num");
    }

    static void cell(Xhtml html, String text) {
        html.element("td", text == null || text.isEmpty() ? "\u2014" : text);
    }

    /** Opens a table with a caption and column headers; numeric columns (names starting with '#') right-aligned. */
    static void table(Xhtml html, String cssClass, String caption, String... columns) {
        html.open("div", "class", "table-wrap");
        html.open("table", "class", cssClass);
        html.element("caption", caption);
        html.open("thead").open("tr");
        for (String column : columns) {
            boolean numeric = column.startsWith("#");
            html.element("th", numeric ? column.substring(1) : column, "scope", "col", "class", numeric ? "num" : null);
        }
        html.close().close().open("tbody");
    }

    static void endTable(Xhtml html) {
        html.closeThrough("table");
        html.close();
    }
}
