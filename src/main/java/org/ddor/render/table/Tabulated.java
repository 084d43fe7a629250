package org.ddor.render.table;

import java.util.List;

/**
 * A report model laid out as tables, for the CSV and text renderers.
 *
 * @param title   the report's title
 * @param lines   what it covers, one line each: period, edition, data, definitions
 * @param tables  its tables, in order
 * @param notes   what a reader must know, printed after the tables
 */
public record Tabulated(String title, List<String> lines, List<Table> tables, List<String> notes) {

    public Tabulated {
        lines = List.copyOf(lines);
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }
}
