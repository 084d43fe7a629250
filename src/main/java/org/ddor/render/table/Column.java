package org.ddor.render.table;

/**
 * A column of a {@link Table}.
 *
 * @param name    the CSV header, snake_case: "declined_of_issued"
 * @param heading the text table's heading: "declined of issued"
 * @param rate    true when the column holds {@link org.ddor.report.Rate}s: CSV writes four columns for
 *                it (value, lower and upper 95% bounds, why withheld), text one
 */
public record Column(String name, String heading, boolean rate) {

    public static Column of(String name, String heading) {
        return new Column(name, heading, false);
    }

    /** A column of {@link org.ddor.report.Rate}s. */
    public static Column rate(String name, String heading) {
        return new Column(name, heading, true);
    }
}
