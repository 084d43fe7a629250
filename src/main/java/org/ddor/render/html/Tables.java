package org.ddor.render.html;

/** Accessible tables the same way everywhere: a caption, column headers with {@code scope}, numbers right-aligned. */
final class Tables {

    /** A column header; numeric columns are right-aligned; {@code width} is a CSS class fixing its width, or null. */
    record Column(String label, boolean numeric, String width) {

        static Column text(String label) {
            return new Column(label, false, null);
        }

        static Column number(String label) {
            return new Column(label, true, null);
        }

        static Column text(String label, String width) {
            return new Column(label, false, width);
        }

        static Column number(String label, String width) {
            return new Column(label, true, width);
        }

        String cssClass() {
            String classes = ((numeric ? "num " : "") + (width == null ? "" : width)).strip();
            return classes.isEmpty() ? null : classes;
        }
    }

    private Tables() {
    }

    /** Opens {@code <table>}, writes its caption and header row, and leaves {@code <tbody>} open. */
    static void start(Xhtml html, String cssClass, String caption, Column... columns) {
        html.open("table", "class", cssClass);
        html.element("caption", caption);
        html.open("thead").open("tr");
        for (Column column : columns) {
            html.element("th", column.label(), "scope", "col", "class", column.cssClass());
        }
        html.close().close();
        html.open("tbody");
    }

    /** Closes the {@code <tbody>} and {@code <table>} opened by {@link #start}. */
    static void end(Xhtml html) {
        html.closeThrough("table");
    }

    /** A text cell; null shows a dash, which the legend explains as "not recorded". */
    static void cell(Xhtml html, String text) {
        html.element("td", text == null ? "\u2014" : text);
    }

    /** A date cell (ISO or "YYYY-MM"), never broken across lines. */
    static void dateCell(Xhtml html, String date) {
        html.element("td", date == null ? "\u2014" : date, "class", "nowrap");
    }

    /** A right-aligned cell for a number that counts no people (e.g. days), or text standing for one. */
    static void numberCell(Xhtml html, String text) {
        html.element("td", text == null ? "\u2014" : text, "class", "num");
    }

    /** The header cell of a row, e.g. the jurisdiction's name. */
    static void rowHeader(Xhtml html, String text) {
        html.element("th", text, "scope", "row");
    }
}
