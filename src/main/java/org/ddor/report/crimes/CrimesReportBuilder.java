package org.ddor.report.crimes;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ddor.report.Complementary;
import org.ddor.report.Count;
import org.ddor.report.ReportContext;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.crimes.CrimesReport.CategoryRow;
import org.ddor.report.crimes.CrimesReport.Header;
import org.ddor.report.series.SeriesReportBuilder;
import org.ddor.store.Query;

/**
 * Builds the charge-category table (categories.sql). A pure function of the store and the
 * parameters. Not thread-safe (one connection).
 */
public final class CrimesReportBuilder {

    private final Connection connection;

    public CrimesReportBuilder(Connection connection) {
        this.connection = connection;
    }

    /**
     * Categorised rows first, then by declines, most first, then by name. A suppressed count sorts as
     * 0.5, equal to every other suppressed count, so the order never tells two of them apart.
     */
    private static final Comparator<CategoryRow> ORDER = Comparator.comparing(CategoryRow::categorised).reversed()
            .thenComparing(Comparator.comparingDouble((CategoryRow row) -> sortValue(row.declined())).reversed())
            .thenComparing(CategoryRow::category);

    /** A category's counts as categories.sql gives them. */
    private record Counted(String category, boolean categorised, long declined, long issued) {
    }

    public CrimesReport build(CrimesParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        StoreCoverage coverage = StoreCoverage.read(connection);
        Span span = Span.of(parameters.period(), coverage);
        String name = SeriesReportBuilder.jurisdictionName(connection, parameters.jurisdictionFips());
        List<Counted> counted = Query.list(connection, CrimesReportBuilder.class, "categories.sql",
                row -> new Counted(row.getString(1), row.getBoolean(2), row.getLong(3), row.getLong(4)),
                span.first(), span.last(), parameters.jurisdictionFips());
        long declined = counted.stream().mapToLong(Counted::declined).sum();
        long issued = counted.stream().mapToLong(Counted::issued).sum();
        Suppression suppression = parameters.suppression();
        String prefix = "crimes/" + (parameters.jurisdictionFips() == null ? "national" : parameters.jurisdictionFips()) + "/";
        List<Count> declinedCounts = new ArrayList<>();
        List<Count> issuedCounts = new ArrayList<>();
        for (Counted category : counted) {
            String key = prefix + slug(category.category()) + "/";
            declinedCounts.add(Count.of(category.declined(), key + "declined", suppression));
            issuedCounts.add(Count.of(category.issued(), key + "issued", suppression));
        }
        declinedCounts = Complementary.protect(declinedCounts, suppression);
        issuedCounts = Complementary.protect(issuedCounts, suppression);
        List<CategoryRow> rows = new ArrayList<>();
        for (int i = 0; i < counted.size(); i++) {
            rows.add(new CategoryRow(counted.get(i).category(), counted.get(i).categorised(), declinedCounts.get(i),
                    share(declinedCounts.get(i), declined), issuedCounts.get(i), share(issuedCounts.get(i), issued)));
        }
        rows.sort(ORDER);
        return new CrimesReport(header(parameters, span, coverage, name), rows,
                Count.of(declined, prefix + "declined", suppression), Count.of(issued, prefix + "issued", suppression),
                notes(coverage, counted, declined, issued));
    }

    private static double sortValue(Count count) {
        return count.suppressed() ? 0.5 : count.value();
    }

    /** "Dangerous drugs" → "dangerous-drugs", for trace keys. */
    static String slug(String category) {
        return category.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /** The share, or null when the count is suppressed (the share would give it back) or nothing is counted. */
    private static Double share(Count count, long total) {
        return count.suppressed() || total == 0 ? null : (double) count.value() / total;
    }

    private static Header header(CrimesParameters parameters, Span span, StoreCoverage coverage, String name) {
        List<String> definitions = List.of(
                "Category: the NCIC code group of the most serious conviction charge ICE recorded, in DDOR's words;"
                        + " exact charges are never shown. Records without one are in bracketed rows that say why"
                        + " (by ICE's criminality field where the release has it).",
                "Declined: declines placed in the period, whenever the detainer was issued (recorded-as-declined date,"
                        + " else outcome date, else issued date). Issued: all detainers issued in the period, for comparison.",
                "Shares are of all declines, and of all detainers issued, bracketed rows included.",
                parameters.jurisdictionFips() == null
                        ? "Nationally: every record; duplicates counted once; misdirected detainers' declines left out."
                        : "For " + name + ": only detainers its own agencies held when the outcome happened.");
        return new Header("Charge categories of declined detainers: " + name, span.label(),
                span.allData() ? null : span.first(), span.allData() ? null : span.last(), parameters.jurisdictionFips(),
                name, parameters.suppression().edition(), parameters.suppression().threshold(), coverage.firstIssued(),
                coverage.lastIssued(), coverage.generatedSampleData(), definitions);
    }

    private static List<String> notes(StoreCoverage coverage, List<Counted> counted, long declined, long issued) {
        List<String> notes = new ArrayList<>();
        long uncategorisedDeclined = counted.stream().filter(c -> !c.categorised()).mapToLong(Counted::declined).sum();
        if (declined > 0 && uncategorisedDeclined == declined) {
            notes.add("No decline of the period has a charge category: the releases it comes from record no conviction"
                    + " charge (the foia-2015 layout has none).");
        }
        if (declined == 0) {
            notes.add("No declines were placed in the period.");
        }
        if (issued == 0) {
            notes.add("No detainers were issued in the period.");
        }
        if (coverage.generatedCaveat() != null) {
            notes.add(coverage.generatedCaveat());
        }
        return notes;
    }
}
