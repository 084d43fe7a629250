package org.ddor.ingest.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddor.ingest.InputException;

/**
 * The header row of a policy table and where each layout column is in it.
 *
 * @param row            1-based row of the header as a spreadsheet shows the file
 * @param cells          the header cells as written
 * @param columns        layout column → 0-based index; all four present
 * @param unknownColumns header texts no layout column matched, in file order (blank cells ending the
 *                       header are not columns; a blank cell before a named one is "(unnamed column n)")
 */
record PolicyHeader(long row, List<String> cells, Map<PolicyColumn, Integer> columns, List<String> unknownColumns) {

    PolicyHeader {
        cells = List.copyOf(cells);
        columns = Collections.unmodifiableMap(new EnumMap<>(columns));
        unknownColumns = List.copyOf(unknownColumns);
    }

    /**
     * Matches a header row. The first cell naming a column wins; a later repeat is unknown.
     *
     * @throws InputException naming the missing columns, e.g. "policy table x.csv: no 'Criteria for
     *                        Honoring Detainer' column in header row 1"
     */
    static PolicyHeader of(String fileName, long row, List<String> cells) {
        Map<PolicyColumn, Integer> columns = new EnumMap<>(PolicyColumn.class);
        List<String> unknown = new ArrayList<>();
        int width = cells.size();
        while (width > 0 && cells.get(width - 1).isBlank()) {
            width--;
        }
        for (int index = 0; index < width; index++) {
            PolicyColumn column = PolicyColumn.forHeader(cells.get(index));
            if (column != null && !columns.containsKey(column)) {
                columns.put(column, index);
            } else {
                unknown.add(cells.get(index).isBlank() ? "(unnamed column " + (index + 1) + ")" : cells.get(index));
            }
        }
        List<String> missing = new ArrayList<>();
        for (PolicyColumn column : PolicyColumn.values()) {
            if (!columns.containsKey(column)) {
                missing.add("'" + column.title() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException("policy table " + fileName + ": no " + listed(missing)
                    + " column in header row " + row);
        }
        return new PolicyHeader(row, cells, columns, unknown);
    }

    /** Number of layout columns a row names; a header names at least two. */
    static int recognised(List<String> cells) {
        return (int) cells.stream().map(PolicyColumn::forHeader).filter(c -> c != null).distinct().count();
    }

    /** The header text of a column as the file spells it. */
    String title(PolicyColumn column) {
        return cells.get(columns.get(column)).strip();
    }

    /** The cell of a column in a data row ("" when the row is shorter than the header). */
    String cell(List<String> fields, PolicyColumn column) {
        int index = columns.get(column);
        return index < fields.size() ? fields.get(index) : "";
    }

    private static String listed(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + names.get(names.size() - 1);
    }
}
