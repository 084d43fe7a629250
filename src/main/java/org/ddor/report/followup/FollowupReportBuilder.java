package org.ddor.report.followup;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.ddor.report.Complementary;
import org.ddor.report.Count;
import org.ddor.report.Rate;
import org.ddor.report.ReportContext;
import org.ddor.report.StoreCoverage;
import org.ddor.report.Suppression;
import org.ddor.report.followup.FollowupReport.Group;
import org.ddor.report.followup.FollowupReport.Header;
import org.ddor.report.followup.FollowupReport.WithoutSubject;
import org.ddor.store.Query;

/**
 * Builds the follow-up (cohorts.sql, without_subject.sql). A pure function of the store and the
 * parameters: the end of the data is read from the store, never taken from the clock. Not
 * thread-safe (one connection).
 */
public final class FollowupReportBuilder {

    /** The outcomes of the comparison group, in words (cohorts.sql lists them as codes). */
    static final String COMPARISON_OUTCOMES = "lifted by ICE, case closed, transferred, other or unknown";

    private final Connection connection;

    public FollowupReportBuilder(Connection connection) {
        this.connection = connection;
    }

    /** A group's counts as cohorts.sql gives them. */
    private record Counted(long subjects, long censored, long censoredLater, long observed, long observedLater,
                           long fromIssued) {
    }

    public FollowupReport build(FollowupParameters parameters) throws SQLException {
        ReportContext.prepare(connection);
        StoreCoverage coverage = StoreCoverage.read(connection);
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        Map<String, Counted> groups = new HashMap<>();
        if (coverage.lastIssued() != null) {
            Query.list(connection, FollowupReportBuilder.class, "cohorts.sql", row -> groups.put(row.getString(1),
                    new Counted(row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5), row.getLong(6),
                            row.getLong(7))), from, to, parameters.windowDays(), coverage.lastIssued());
        }
        long[] without = Query.one(connection, FollowupReportBuilder.class, "without_subject.sql",
                row -> new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)},
                from, to);
        Suppression suppression = parameters.suppression();
        WithoutSubject withoutSubject = new WithoutSubject(
                Count.of(without[0], "followup/without-subject/declined", suppression),
                Count.of(without[2], "followup/declined/records", suppression),
                Count.of(without[1], "followup/without-subject/comparison", suppression),
                Count.of(without[3], "followup/comparison/records", suppression));
        boolean measurable = without[2] + without[3] > without[0] + without[1];
        Group declined = measurable ? group("declined", FollowupMethod.declinedDefinition(parameters),
                groups.get("declined"), parameters) : null;
        Group comparison = measurable ? group("comparison", FollowupMethod.comparisonDefinition(parameters),
                groups.get("comparison"), parameters) : null;
        Count inBoth = Count.of(without[4], "followup/both-groups", suppression);
        return new FollowupReport(header(parameters, coverage), measurable, declined, comparison, withoutSubject, inBoth,
                FollowupMethod.method(parameters, coverage.lastIssued(), measurable, declined, comparison,
                        withoutSubject, inBoth),
                FollowupMethod.notes(coverage, declined));
    }

    private static Group group(String name, String definition, Counted counted, FollowupParameters parameters) {
        Counted counts = counted == null ? new Counted(0, 0, 0, 0, 0, 0) : counted;
        Suppression suppression = parameters.suppression();
        String prefix = "followup/" + name + "/";
        Count censored = Count.of(counts.censored(), prefix + "censored", suppression);
        Count observed = Count.of(counts.observed(), prefix + "observed", suppression);
        Count subjects = Count.of(counts.subjects(), prefix + "subjects", suppression);
        if (censored.suppressed() != observed.suppressed()) {
            // subjects = censored + observed: with one part suppressed, the total would give it back.
            subjects = Complementary.hidden(subjects, suppression);
        }
        Count withLater = Count.of(counts.observedLater(), prefix + "observed/later", suppression);
        return new Group(name, definition, subjects, censored,
                Count.of(counts.censoredLater(), prefix + "censored/later", suppression), observed, withLater,
                Rate.of(withLater, observed, parameters.minimumDenominator()),
                Count.of(counts.fromIssued(), prefix + "index-from-issued", suppression));
    }

    private static Header header(FollowupParameters parameters, StoreCoverage coverage) {
        String period = parameters.period().kind() == org.ddor.report.Period.Kind.RANGE
                ? parameters.period().label() : parameters.period().toString();
        return new Header("Follow-up after a decline: a later detainer within " + parameters.windowDays() + " days",
                period, parameters.period().from(), parameters.period().to(), parameters.windowDays(),
                coverage.lastIssued(), parameters.suppression().edition(), parameters.suppression().threshold(),
                parameters.minimumDenominator(), coverage.firstIssued(), coverage.generatedSampleData());
    }
}
