package org.ddor.report.profile;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ddor.domain.Outcome;
import org.ddor.domain.PolicyCategory;
import org.ddor.report.Complementary;
import org.ddor.report.Count;
import org.ddor.report.FiscalYearCut;
import org.ddor.report.Rate;
import org.ddor.report.ReportContext;
import org.ddor.report.Span;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.profile.JurisdictionProfile.FacilityRow;
import org.ddor.report.profile.JurisdictionProfile.Header;
import org.ddor.report.profile.JurisdictionProfile.Identity;
import org.ddor.report.profile.JurisdictionProfile.OutcomeRow;
import org.ddor.report.profile.JurisdictionProfile.PolicyRow;
import org.ddor.report.profile.JurisdictionProfile.Totals;
import org.ddor.report.series.Bucketing;
import org.ddor.report.series.SeriesParameters;
import org.ddor.report.series.SeriesReport.Bucket;
import org.ddor.report.series.SeriesReportBuilder;
import org.ddor.store.Query;

/**
 * Builds a jurisdiction profile from the SQL files beside it. A pure function of the store and the
 * parameters. Not thread-safe (one connection).
 */
public final class JurisdictionProfileBuilder {

    private final Connection connection;

    public JurisdictionProfileBuilder(Connection connection) {
        this.connection = connection;
    }

    /** @throws IllegalArgumentException when no jurisdiction has the FIPS code */
    public JurisdictionProfile build(ProfileParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        Identity identity = identity(parameters.fips());
        StoreCoverage coverage = StoreCoverage.read(connection);
        Span span = Span.of(parameters.period(), coverage);
        Suppression suppression = parameters.suppression();
        String prefix = "profile/" + parameters.fips() + "/";
        Totals totals = totals(parameters, span, prefix);
        List<Bucket> monthly = protect(new SeriesReportBuilder(connection).buckets(new SeriesParameters(
                parameters.period(), Bucketing.MONTH, java.time.DayOfWeek.SATURDAY, parameters.fips(), suppression)),
                suppression);
        LocalDate policiesOn = span.allData() ? coverage.lastIssued() : span.last();
        List<FacilityRow> facilities = facilities("facilities.sql", span, parameters.fips(), prefix + "facility/",
                suppression, null);
        List<FacilityRow> nearby = facilities("nearby.sql", span, identity.state(), prefix + "nearby/", suppression,
                identity.kind().equals("STATE") ? null : new Mentions(identity.fips(), identity.name()));
        return new JurisdictionProfile(header(parameters, span, coverage, identity, policiesOn), identity, totals,
                monthly, outcomes(span, parameters.fips(), prefix, totals.issued().value(), suppression),
                policies(parameters.fips(), policiesOn), protectFacilities(facilities, suppression), nearby,
                ProfileNotes.of(identity, totals, monthly, facilities, nearby, coverage));
    }

    private Identity identity(String fips) throws SQLException {
        List<Identity> found = Query.list(connection, JurisdictionProfileBuilder.class, "identity.sql",
                row -> new Identity(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6)), fips);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no jurisdiction has FIPS code " + fips
                    + ": give 5 digits for a county or county-equivalent (42091) or 2 for a state (42)");
        }
        return found.get(0);
    }

    private Totals totals(ProfileParameters parameters, Span span, String prefix) throws SQLException {
        Suppression suppression = parameters.suppression();
        long[] counts = Query.one(connection, JurisdictionProfileBuilder.class, "totals.sql",
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)},
                FiscalYearCut.of(span.first(), span.last()).parametersAfter(parameters.fips()));
        Count issued = Count.of(counts[0], prefix + "issued", suppression);
        Count declinedOfIssued = Count.of(counts[2], prefix + "declined-of-issued", suppression);
        return new Totals(issued, Count.of(counts[1], prefix + "declined", suppression), declinedOfIssued,
                Rate.of(declinedOfIssued, issued, parameters.minimumDenominator()),
                Count.of(counts[3], prefix + "booked", suppression));
    }

    /** Outcomes in the order of {@link Outcome}, never by size: the order must not rank suppressed counts. */
    private List<OutcomeRow> outcomes(Span span, String fips, String prefix, long issued, Suppression suppression)
            throws SQLException {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        Query.list(connection, JurisdictionProfileBuilder.class, "outcomes.sql",
                row -> counts.put(Outcome.valueOf(row.getString(1)), row.getLong(2)), span.first(), span.last(), fips);
        List<Outcome> outcomes = new ArrayList<>(counts.keySet());
        List<Count> shown = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            shown.add(Count.of(counts.get(outcome), prefix + "outcome/" + outcome.name().toLowerCase(java.util.Locale.ROOT),
                    suppression));
        }
        shown = Complementary.protect(shown, suppression);
        List<OutcomeRow> rows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Count count = shown.get(i);
            rows.add(new OutcomeRow(outcomes.get(i).name(), outcomes.get(i).label(), count,
                    count.suppressed() || issued == 0 ? null : (double) count.value() / issued));
        }
        return rows;
    }

    private List<PolicyRow> policies(String fips, LocalDate on) throws SQLException {
        return Query.list(connection, JurisdictionProfileBuilder.class, "policies.sql",
                row -> new PolicyRow(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4), day(row, 5),
                        row.getString(6), row.getString(7), row.getString(8),
                        row.getString(9) == null ? null : PolicyCategory.valueOf(row.getString(9)).label(),
                        row.getString(10), day(row, 11), day(row, 12), row.getString(13),
                        row.getObject(14) == null ? null : row.getBoolean(14)), fips, on);
    }

    private List<FacilityRow> facilities(String sql, Span span, String key, String prefix, Suppression suppression,
                                         Mentions mentions) throws SQLException {
        List<FacilityRow> rows = new ArrayList<>();
        Query.list(connection, JurisdictionProfileBuilder.class, sql, row -> {
            String why = mentions == null ? (sql.equals("nearby.sql") ? "located in the state" : null)
                    : mentions.why(row.getString(3), row.getString(8));
            if (sql.equals("nearby.sql") && why == null) {
                return null;
            }
            rows.add(new FacilityRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                    Count.of(row.getLong(9), prefix + row.getLong(1), suppression), why));
            return null;
        }, FiscalYearCut.of(span.first(), span.last()).parametersAfter(key));
        return rows;
    }

    /** The facilities' counts add up to the jurisdiction's detainers issued: hide one more where one is suppressed. */
    private static List<FacilityRow> protectFacilities(List<FacilityRow> facilities, Suppression suppression) {
        List<Count> counts = Complementary.protect(facilities.stream().map(FacilityRow::records).toList(), suppression);
        List<FacilityRow> rows = new ArrayList<>();
        for (int i = 0; i < facilities.size(); i++) {
            FacilityRow row = facilities.get(i);
            rows.add(new FacilityRow(row.id(), row.iceCode(), row.name(), row.city(), row.state(), row.operator(),
                    row.resolution(), row.evidence(), counts.get(i), row.mentions()));
        }
        return rows;
    }

    /** The months add up to the totals: in each column, hide one more month where one alone is suppressed. */
    private static List<Bucket> protect(List<Bucket> buckets, Suppression suppression) {
        List<Count> issued = Complementary.protect(buckets.stream().map(Bucket::issued).toList(), suppression);
        List<Count> declined = Complementary.protect(buckets.stream().map(Bucket::declined).toList(), suppression);
        List<Count> booked = Complementary.protect(buckets.stream().map(Bucket::booked).toList(), suppression);
        List<Bucket> protectedBuckets = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            Bucket bucket = buckets.get(i);
            protectedBuckets.add(new Bucket(bucket.label(), bucket.firstDay(), bucket.lastDay(), bucket.partial(),
                    issued.get(i), declined.get(i), booked.get(i)));
        }
        return protectedBuckets;
    }

    private static Header header(ProfileParameters parameters, Span span, StoreCoverage coverage, Identity identity,
                                 LocalDate policiesOn) {
        String name = identity.kind().equals("STATE") ? identity.name() : identity.name() + ", " + identity.state();
        List<String> definitions = List.of(
                "Figures count only the detainers this jurisdiction's own agencies held when the outcome happened"
                        + " (facilities it runs; transfers followed); duplicates once; misdirected detainers never"
                        + (identity.kind().equals("STATE") ? "; a state's figures are its own facilities', not its"
                        + " counties' or cities'" : "") + ".",
                "Issued: by issued date. Declined: declines placed in the period (recorded-as-declined date, else"
                        + " outcome date, else issued date). Decline rate: declines among the detainers issued in the"
                        + " period / detainers issued in the period, 95% Wilson interval, withheld under "
                        + parameters.minimumDenominator() + " detainers issued. Booked: issued in the period and booked"
                        + " into ICE custody. Outcomes: of the detainers issued in the period.",
                "Policies: every row of the policy table for this jurisdiction and for its state, with the days each"
                        + " was in effect" + (policiesOn == null ? "." : "; \"in effect\" refers to " + policiesOn + "."),
                "Not attributable near it: facilities in " + identity.state() + " whose resolution is ambiguous or"
                        + " unresolved" + (identity.kind().equals("STATE") ? "" : " and whose name or resolution"
                        + " evidence mentions this jurisdiction") + "; their records count for no jurisdiction until"
                        + " a person resolves them ('ddor facilities').");
        return new Header("Jurisdiction profile: " + name + " (" + identity.fips() + ")", span.label(),
                span.allData() ? null : span.first(), span.allData() ? null : span.last(),
                parameters.suppression().edition(), parameters.suppression().threshold(),
                parameters.minimumDenominator(), policiesOn, coverage.firstIssued(), coverage.lastIssued(),
                coverage.generatedSampleData(), definitions);
    }

    private static LocalDate day(ResultSet row, int column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
