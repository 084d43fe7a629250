package org.ddor.report.ddor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ddor.report.Period;
import org.ddor.report.ReportContext;
import org.ddor.store.Query;

/**
 * The records behind any figure of the Declined Detainer Outcome Report (DESIGN.md §5: every
 * figure can be traced to its rows). A figure key, as {@link org.ddor.report.Count#trace()} gives
 * it, names a query in {@code rows/} and its bound parameters; no SQL is assembled from the key.
 * The rows listed are as many as the figure says (FigureRowsTest proves it for every figure of a
 * report). Stateless; {@link #list} is not thread-safe on one connection.
 */
public final class FigureRows {

    /** The forms of figure key, in words, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("summary/issued", "summary/declined", "summary/restricted",
            "trend/DAY/issued", "trend/DAY/declined", "section1/FIPS", "section1/FIPS/declined", "section2/FIPS",
            "section4/excluded/REASON/issued", "section4/excluded/REASON/declined", "section4/placed/RULE",
            "section4/burst/FIPS/DAY", "section4/old", "section4/transferred");

    /** The exclusion codes of attribution.sql (view ddor_exclusion_reason), in its order. */
    public static final List<String> EXCLUSION_CODES = List.of("duplicate", "misdirected", "facility-ambiguous",
            "facility-unresolved", "facility-federal", "facility-private", "facility-ice", "operator-unknown",
            "no-jurisdiction");

    /** The placement rule codes of attribution.sql (column declined_rule_code). */
    public static final List<String> PLACEMENT_CODES = List.of("recorded-declined-date", "outcome-date", "issued-date");

    /** The columns of a listing, in order (docs/reports.md defines each). */
    public static final List<String> COLUMNS = List.of("detainer_id", "release", "sheet", "source_row", "origin",
            "issued", "outcome", "declined_date", "placed_declined", "declined_rule", "facility", "issued_to_fips",
            "issued_to", "custodian_facility", "jurisdiction_fips", "jurisdiction", "issued_exclusion",
            "decline_exclusion");

    /** Weeks in the report's trend (trend.sql). */
    private static final int TREND_WEEKS = 12;

    private static final Pattern FIPS = Pattern.compile("[0-9]{2}|[0-9]{5}|[0-9]{7}");

    /** Connections on which rows/figure_rows.sql's view exists (weak keys: closed ones are forgotten). */
    private static final java.util.Map<Connection, Boolean> VIEW_CREATED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private FigureRows() {
    }

    /**
     * A figure key resolved against a report's parameters.
     *
     * @param key        the key as given
     * @param resource   the query in {@code rows/}
     * @param parameters its bound parameters, in order
     */
    public record Figure(String key, String resource, List<Object> parameters) {

        public Figure {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * The rows behind a figure.
     *
     * @param key     the figure key
     * @param columns {@link #COLUMNS}
     * @param rows    one per detainer, each value as text ("" for none), ordered by date then id
     */
    public record Listing(String key, List<String> columns, List<List<String>> rows) {

        public Listing {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }
    }

    /** Thrown when the public edition is asked for the rows of a figure it suppresses (DESIGN.md §6). */
    public static final class SuppressedFigureException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public SuppressedFigureException(String key) {
            super("figure " + key + " is suppressed in the public edition; use --edition official");
        }
    }

    /**
     * Lists the records behind figure {@code key} of the report with {@code parameters}.
     *
     * @throws IllegalArgumentException   the key is not a figure key (the message lists the forms)
     * @throws SuppressedFigureException  the figure is suppressed in the parameters' edition
     */
    public static Listing list(Connection connection, String key, DdorParameters parameters) throws SQLException {
        Figure figure = figure(key, parameters);
        prepare(connection);
        List<List<String>> rows = Query.list(connection, FigureRows.class, figure.resource(), FigureRows::row,
                figure.parameters().toArray());
        if (parameters.suppression().suppresses(rows.size())) {
            throw new SuppressedFigureException(figure.key());
        }
        return new Listing(figure.key(), COLUMNS, rows);
    }

    /**
     * Lists the records that query {@code resource} (beside {@code owner}) selects from the
     * {@code ddor_figure_row} view with {@code parameters}: the listing of a companion report's figure
     * (ranking, crimes, series, jurisdiction profile), whose caller has resolved and checked the key.
     */
    public static Listing query(Connection connection, String key, Class<?> owner, String resource,
                                List<Object> parameters) throws SQLException {
        prepare(connection);
        return new Listing(key, COLUMNS, Query.list(connection, owner, resource, FigureRows::row, parameters.toArray()));
    }

    /** The views of attribution.sql and rows/figure_rows.sql, created once per connection (DDL costs ms). */
    private static void prepare(Connection connection) throws SQLException {
        ReportContext.prepare(connection);
        if (!VIEW_CREATED.containsKey(connection)) {
            Query.script(connection, FigureRows.class, "rows/figure_rows.sql");
            VIEW_CREATED.put(connection, Boolean.TRUE);
        }
    }

    /** Resolves a key to its query and parameters, checking every part of it. */
    public static Figure figure(String key, DdorParameters parameters) {
        String text = key == null ? "" : key.strip();
        String[] part = text.split("/", -1);
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        Figure figure = switch (part[0]) {
            case "summary" -> summary(text, part, from, to);
            case "trend" -> trend(text, part, to);
            case "section1" -> sectionOne(text, part, from, to);
            case "section2" -> part.length == 2 ? new Figure(text, "rows/section2.sql", List.of(from, to, fips(text, part[1])))
                    : null;
            case "section4" -> sectionFour(text, part, parameters);
            default -> null;
        };
        if (figure == null) {
            throw unknown(text);
        }
        return figure;
    }

    private static Figure summary(String key, String[] part, LocalDate from, LocalDate to) {
        if (part.length != 2) {
            return null;
        }
        return switch (part[1]) {
            case "issued" -> new Figure(key, "rows/summary_issued.sql", List.of(from, to));
            case "declined" -> new Figure(key, "rows/summary_declined.sql", List.of(from, to));
            case "restricted" -> new Figure(key, "rows/restricted.sql", List.of(from, to));
            default -> null;
        };
    }

    /** trend/DAY/issued|declined, DAY the first day of one of the trend's weeks, which end on the period's last day. */
    private static Figure trend(String key, String[] part, LocalDate to) {
        if (part.length != 3 || !List.of("issued", "declined").contains(part[2])) {
            return null;
        }
        LocalDate first = day(key, part[1]);
        long daysBefore = to.toEpochDay() - first.toEpochDay() - 6;
        if (daysBefore < 0 || daysBefore % 7 != 0 || daysBefore / 7 >= TREND_WEEKS) {
            throw new IllegalArgumentException("figure " + key + ": " + first + " is not the first day of a trend week"
                    + " of this report; its " + TREND_WEEKS + " weeks start on " + to.minusDays(7L * TREND_WEEKS - 1)
                    + " and every 7 days after, up to " + to.minusDays(6));
        }
        String resource = part[2].equals("issued") ? "rows/summary_issued.sql" : "rows/summary_declined.sql";
        return new Figure(key, resource, List.of(first, first.plusDays(6)));
    }

    private static Figure sectionOne(String key, String[] part, LocalDate from, LocalDate to) {
        if (part.length == 2) {
            return new Figure(key, "rows/section1_issued.sql", List.of(from, to, fips(key, part[1])));
        }
        if (part.length == 3 && part[2].equals("declined")) {
            return new Figure(key, "rows/section1_declined.sql", List.of(from, to, fips(key, part[1])));
        }
        return null;
    }

    private static Figure sectionFour(String key, String[] part, DdorParameters parameters) {
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        if (part.length == 2 && part[1].equals("old")) {
            return new Figure(key, "rows/old.sql", List.of(from, to, parameters.oldDetainerDays()));
        }
        if (part.length == 2 && part[1].equals("transferred")) {
            return new Figure(key, "rows/transferred.sql", List.of(from, to));
        }
        if (part.length == 4 && part[1].equals("excluded") && List.of("issued", "declined").contains(part[3])) {
            String code = oneOf(key, "reason", part[2], EXCLUSION_CODES);
            String resource = part[3].equals("issued") ? "rows/excluded_issued.sql" : "rows/excluded_declined.sql";
            return new Figure(key, resource, List.of(from, to, code));
        }
        if (part.length == 3 && part[1].equals("placed")) {
            return new Figure(key, "rows/placed.sql", List.of(from, to, oneOf(key, "rule", part[2], PLACEMENT_CODES)));
        }
        if (part.length == 4 && part[1].equals("burst")) {
            return burst(key, part[2], part[3], from, to);
        }
        return null;
    }

    private static Figure burst(String key, String fipsText, String dayText, LocalDate from, LocalDate to) {
        String fips = fips(key, fipsText);
        LocalDate day = day(key, dayText);
        if (day.isBefore(from) || day.isAfter(to)) {
            throw new IllegalArgumentException("figure " + key + ": " + day + " is outside the period " + from + " to " + to);
        }
        return new Figure(key, "rows/burst.sql", List.of(day, fips));
    }

    private static String fips(String key, String text) {
        if (!FIPS.matcher(text).matches()) {
            throw new IllegalArgumentException("figure " + key + ": '" + text
                    + "' is not a FIPS code (2 digits for a state, 5 for a county-equivalent)");
        }
        return text;
    }

    private static LocalDate day(String key, String text) {
        try {
            return Period.day(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("figure " + key + ": " + e.getMessage(), e);
        }
    }

    private static String oneOf(String key, String what, String text, List<String> codes) {
        if (!codes.contains(text)) {
            throw new IllegalArgumentException("figure " + key + ": unknown " + what + " '" + text + "'; expected one of "
                    + String.join(", ", codes));
        }
        return text;
    }

    private static IllegalArgumentException unknown(String key) {
        return new IllegalArgumentException("unknown figure key '" + key + "'; figure keys are " + String.join(", ", KEY_FORMS)
                + " (DAY as 2017-02-04, FIPS as 48453, REASON and RULE as the report's keys give them)");
    }

    private static List<String> row(ResultSet row) throws SQLException {
        List<String> values = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            String value = row.getString(column);
            values.add(value == null ? "" : value);
        }
        return values;
    }
}
