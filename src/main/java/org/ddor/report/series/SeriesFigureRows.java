package org.ddor.report.series;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.TracedFigures;
import org.ddor.report.ddor.FigureRows;
import org.ddor.report.ddor.FigureRows.Listing;
import org.ddor.report.series.SeriesReport.Bucket;

/**
 * The records behind a bucket's figure of a time series (DESIGN.md §5): detainers issued, declines
 * placed or bookings in one week, month or fiscal year, nationally or for one jurisdiction (the key
 * says which, and the bucketing). The series is built first: the key must be one of its figures.
 * Stateless.
 */
public final class SeriesFigureRows {

    /** The forms of figure key, for help and error messages. */
    public static final List<String> KEY_FORMS = List.of("series/SCOPE/BUCKETING/LABEL/issued",
            "series/SCOPE/BUCKETING/LABEL/declined", "series/SCOPE/BUCKETING/LABEL/booked");

    private SeriesFigureRows() {
    }

    /**
     * Lists the records behind figure {@code key}; the key's scope and bucketing override the
     * parameters' jurisdiction and bucketing (the period and week start are the parameters').
     *
     * @throws IllegalArgumentException             no figure of the series has the key
     * @throws FigureRows.SuppressedFigureException the series suppresses the figure
     */
    public static Listing list(Connection connection, String key, SeriesParameters parameters) throws SQLException {
        String text = key == null ? "" : key.strip();
        String[] part = text.split("/", -1);
        if (part.length != 5 || !part[0].equals("series")) {
            throw new IllegalArgumentException("unknown figure key '" + text + "'; series figure keys are "
                    + String.join(", ", KEY_FORMS) + " (SCOPE national or a FIPS code; BUCKETING week, month or"
                    + " fiscal-year; LABEL as the series' buckets name them)");
        }
        SeriesParameters scoped = new SeriesParameters(parameters.period(), Bucketing.parse(part[2]),
                parameters.weekStart(), part[1].equals("national") ? null : part[1], parameters.suppression());
        SeriesReport series = new SeriesReportBuilder(connection).build(scoped);
        Count count = TracedFigures.find(series, text, KEY_FORMS);
        if (count.suppressed()) {
            throw new FigureRows.SuppressedFigureException(text);
        }
        Bucket bucket = series.buckets().stream().filter(candidate -> candidate.issued() == count
                || candidate.declined() == count || candidate.booked() == count).findFirst().orElseThrow();
        // A bucket counts only the days of the series' span (a partial bucket at either end).
        Span span = Span.of(parameters.period(), StoreCoverage.read(connection));
        LocalDate first = bucket.firstDay().isBefore(span.first()) ? span.first() : bucket.firstDay();
        LocalDate last = bucket.lastDay().isAfter(span.last()) ? span.last() : bucket.lastDay();
        return FigureRows.query(connection, text, SeriesFigureRows.class, "rows/bucket.sql",
                Arrays.asList(first, last, scoped.jurisdictionFips(), part[4]));
    }
}
