package org.ddor.report.series;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.ReportContext;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.series.SeriesReport.Bucket;
import org.ddor.report.series.SeriesReport.Header;
import org.ddor.store.Query;

/**
 * Builds a time series. The database gives figures per day (daily.sql); buckets are cut here, so
 * weeks, months and fiscal years follow one definition ({@link Bucketing}) and empty buckets are
 * listed with zeros. A pure function of the store and the parameters. Not thread-safe.
 */
public final class SeriesReportBuilder {

    private final Connection connection;

    public SeriesReportBuilder(Connection connection) {
        this.connection = connection;
    }

    /** One day's figures, as daily.sql gives them. */
    record Day(LocalDate day, long issued, long declined, long booked) {
    }

    public SeriesReport build(SeriesParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        StoreCoverage coverage = StoreCoverage.read(connection);
        Span span = Span.of(parameters.period(), coverage);
        String jurisdictionName = jurisdictionName(connection, parameters.jurisdictionFips());
        List<Bucket> buckets = buckets(parameters, span, coverage, days(parameters, span));
        return new SeriesReport(header(parameters, span, coverage, jurisdictionName), buckets,
                notes(parameters, coverage, buckets));
    }

    /** The buckets of the series, without the header: the jurisdiction profile's monthly series. */
    public List<Bucket> buckets(SeriesParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        StoreCoverage coverage = StoreCoverage.read(connection);
        Span span = Span.of(parameters.period(), coverage);
        return buckets(parameters, span, coverage, days(parameters, span));
    }

    private List<Day> days(SeriesParameters parameters, Span span) throws SQLException {
        return Query.list(connection, SeriesReportBuilder.class, "daily.sql",
                row -> new Day(row.getDate(1).toLocalDate(), row.getLong(2), row.getLong(3), row.getLong(4)),
                span.first(), span.last(), parameters.jurisdictionFips());
    }

    /**
     * "Montgomery County, PA" for a FIPS code, "United States (all records)" for null.
     *
     * @throws IllegalArgumentException when no jurisdiction has that code
     */
    public static String jurisdictionName(Connection connection, String fips) throws SQLException {
        if (fips == null) {
            return "United States (all records)";
        }
        List<String> names = Query.list(connection, SeriesReportBuilder.class, "jurisdiction_name.sql",
                row -> row.getString(1), fips);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no jurisdiction has FIPS code " + fips
                    + ": give 5 digits for a county or county-equivalent (42091) or 2 for a state (42)");
        }
        return names.get(0);
    }

    static List<Bucket> buckets(SeriesParameters parameters, Span span, StoreCoverage coverage, List<Day> days) {
        if (coverage.firstIssued() == null && days.isEmpty()) {
            return List.of();
        }
        LocalDate first = span.allData() ? earliest(coverage.firstIssued(), days) : span.first();
        LocalDate last = span.allData() ? latest(coverage.lastIssued(), days) : span.last();
        LocalDate coveredFrom = max(first, coverage.firstIssued());
        LocalDate coveredTo = min(last, coverage.lastIssued());
        Bucketing bucketing = parameters.bucketing();
        String prefix = "series/" + (parameters.jurisdictionFips() == null ? "national" : parameters.jurisdictionFips())
                + "/" + bucketing.optionName() + "/";
        Suppression suppression = parameters.suppression();
        List<Bucket> buckets = new ArrayList<>();
        int index = 0;
        for (LocalDate start = bucketing.start(first, parameters.weekStart()); !start.isAfter(last);
             start = bucketing.next(start)) {
            LocalDate end = bucketing.next(start).minusDays(1);
            long[] sums = new long[3];
            while (index < days.size() && !days.get(index).day().isAfter(end)) {
                Day day = days.get(index++);
                sums[0] += day.issued();
                sums[1] += day.declined();
                sums[2] += day.booked();
            }
            boolean partial = coveredFrom == null || start.isBefore(coveredFrom) || end.isAfter(coveredTo);
            String key = prefix + bucketing.label(start) + "/";
            buckets.add(new Bucket(bucketing.label(start), start, end, partial,
                    Count.of(sums[0], key + "issued", suppression), Count.of(sums[1], key + "declined", suppression),
                    Count.of(sums[2], key + "booked", suppression)));
        }
        return buckets;
    }

    private static Header header(SeriesParameters parameters, Span span, StoreCoverage coverage, String name) {
        Bucketing bucketing = parameters.bucketing();
        String weekStart = bucketing == Bucketing.WEEK ? parameters.weekStart().toString() : null;
        List<String> definitions = List.of(
                "Buckets: " + switch (bucketing) {
                    case WEEK -> "7-day weeks from " + parameters.weekStart().toString().charAt(0)
                            + parameters.weekStart().toString().substring(1).toLowerCase(java.util.Locale.ROOT)
                            + ", each named by its first day";
                    case MONTH -> "calendar months";
                    case FISCAL_YEAR -> "U.S. federal fiscal years, October to September (FY2026: 2025-10-01 to 2026-09-30)";
                } + ".",
                "Issued: detainers issued in the bucket (by issued date). Declined: declines placed in the bucket,"
                        + " whenever the detainer was issued (recorded-as-declined date, else outcome date, else issued"
                        + " date). Booked: detainers issued in the bucket whose outcome is booked into ICE custody"
                        + " (ICE's releases seldom date the booking, so bookings follow the issued date).",
                parameters.jurisdictionFips() == null
                        ? "Nationally: every record; duplicates counted once; misdirected detainers' declines left out."
                        : "For " + name + ": only detainers its own agencies held when the outcome happened"
                        + (parameters.jurisdictionFips().length() == 2
                        ? " (a state's own facilities; its counties and cities have their own codes)" : "") + ".");
        String title = "Detainers per " + bucketing.optionName().replace('-', ' ') + ": " + name;
        return new Header(title, span.label(), span.allData() ? null : span.first(), span.allData() ? null : span.last(),
                bucketing.optionName(), weekStart, parameters.jurisdictionFips(), name,
                parameters.suppression().edition(), parameters.suppression().threshold(), coverage.firstIssued(),
                coverage.lastIssued(), coverage.generatedSampleData(), definitions);
    }

    private static List<String> notes(SeriesParameters parameters, StoreCoverage coverage, List<Bucket> buckets) {
        List<String> notes = new ArrayList<>();
        long partial = buckets.stream().filter(Bucket::partial).count();
        if (partial > 0) {
            notes.add(partial + " bucket" + (partial == 1 ? " is" : "s are") + " covered only in part by the period or"
                    + " by the data (issued " + coverage.firstIssued() + " to " + coverage.lastIssued()
                    + "): compare " + (partial == 1 ? "it" : "them") + " with care.");
        }
        if (buckets.isEmpty()) {
            notes.add("The store holds no detainers.");
        }
        if (coverage.generatedCaveat() != null) {
            notes.add(coverage.generatedCaveat());
        }
        return notes;
    }

    private static LocalDate earliest(LocalDate day, List<Day> days) {
        return days.isEmpty() ? day : min(day, days.get(0).day());
    }

    private static LocalDate latest(LocalDate day, List<Day> days) {
        return days.isEmpty() ? day : max(day, days.get(days.size() - 1).day());
    }

    private static LocalDate min(LocalDate left, LocalDate right) {
        return left == null ? right : right == null ? left : left.isBefore(right) ? left : right;
    }

    private static LocalDate max(LocalDate left, LocalDate right) {
        return left == null ? right : right == null ? left : left.isAfter(right) ? left : right;
    }
}
