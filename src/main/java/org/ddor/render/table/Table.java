package org.ddor.render.table;

import java.util.List;

/**
 * One table of a report as CSV and text show it. Cells are {@link org.ddor.report.Count},
 * {@link org.ddor.report.Rate}, numbers, dates, booleans, text or null (see {@link Cells}).
 *
 * @param name    a file-safe name, the CSV file's name inside a zip: "ranking", "monthly"
 * @param title   the text rendering's caption, or null
 * @param columns the columns
 * @param rows    the rows, each with one cell per column
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }
}
