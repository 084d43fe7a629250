package org.ddor.render.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ddor.report.Count;
import org.ddor.report.Rate;

/**
 * How a cell is written. CSV is for machines: plain digits, proportions with four decimals, a
 * suppressed count as its display ("&lt;5", never the value). Text is for people: "1,234",
 * percentages, the rate with its interval. Null is an empty cell.
 */
final class Cells {

    private Cells() {
    }

    /** The CSV cells of one cell: four for a rate column, one otherwise. */
    static List<String> csv(Object cell, Column column) {
        if (column.rate()) {
            Rate rate = (Rate) cell;
            List<String> cells = new ArrayList<>(4);
            cells.add(rate == null ? "" : decimal(rate.value()));
            cells.add(rate == null ? "" : decimal(rate.lower()));
            cells.add(rate == null ? "" : decimal(rate.upper()));
            cells.add(rate == null || rate.withheld() == null ? "" : rate.withheld());
            return cells;
        }
        return List.of(csv(cell));
    }

    /** The CSV header cells of a column: four for a rate column. */
    static List<String> csvHeader(Column column) {
        if (column.rate()) {
            return List.of(column.name(), column.name() + "_lower_95", column.name() + "_upper_95",
                    column.name() + "_withheld");
        }
        return List.of(column.name());
    }

    static String csv(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Count count) {
            return count.suppressed() ? count.display() : Long.toString(count.value());
        }
        if (cell instanceof Double number) {
            return decimal(number);
        }
        return cell.toString();
    }

    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Count count) {
            return count.display();
        }
        if (cell instanceof Rate rate) {
            return rate.display();
        }
        if (cell instanceof Double number) {
            return Rate.percent(number);
        }
        if (cell instanceof Boolean flag) {
            return flag ? "yes" : "";
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
        }
        return cell.toString();
    }

    /** True when the cell is right-aligned in text: figures are. */
    static boolean numeric(Object cell) {
        return cell instanceof Count || cell instanceof Rate || cell instanceof Number;
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
