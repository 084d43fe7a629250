package org.ddor.report.ddor;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.domain.PolicyCategory;
import org.ddor.report.Count;
import org.ddor.report.ReportContext;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.DeclineRow;
import org.ddor.report.ddor.DdorReport.Header;
import org.ddor.report.ddor.DdorReport.PolicyEntry;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;
import org.ddor.report.ddor.DdorReport.Summary;
import org.ddor.store.Query;

/**
 * Builds the Declined Detainer Outcome Report model: a pure function of the store's contents and
 * the parameters. Not thread-safe (one connection); build on a connection of your own.
 */
public final class DdorReportBuilder {

    private final Connection connection;

    public DdorReportBuilder(Connection connection) {
        this.connection = connection;
    }

    public DdorReport build(DdorParameters parameters) throws SQLException {
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        // The trend chart reaches back twelve weeks from the last day.
        ReportContext.prepare(connection, from.isBefore(to.minusDays(83)) ? from : to.minusDays(83), to);
        Suppression suppression = parameters.suppression();
        List<DeclineGroup> sectionII = new SectionTwo(connection, parameters).build();
        return new DdorReport(header(parameters), summary(from, to, suppression, sectionII), trend(to, suppression),
                sectionI(parameters), sectionII, sectionIII(from, to),
                new SectionFour(connection, parameters).build());
    }

    private Header header(DdorParameters parameters) throws SQLException {
        List<DdorReport.Input> inputs = Query.list(connection, DdorReportBuilder.class, "sources.sql",
                row -> new DdorReport.Input(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getBoolean(5)));
        LocalDate[] range = Query.one(connection, DdorReportBuilder.class, "data_range.sql",
                row -> new LocalDate[] {date(row, 1), date(row, 2)});
        return new Header("Declined Detainer Outcome Report", parameters,
                inputs.stream().anyMatch(DdorReport.Input::generated), inputs, range[0], range[1]);
    }

    private Summary summary(LocalDate from, LocalDate to, Suppression suppression, List<DeclineGroup> sectionII)
            throws SQLException {
        long[] counts = Query.one(connection, DdorReportBuilder.class, "summary.sql",
                row -> new long[] {row.getLong(1), row.getLong(2)}, from, to);
        long restricted = Query.one(connection, DdorReportBuilder.class, "restricted_total.sql",
                row -> row.getLong(1), from, to);
        long states = sectionII.stream().map(DeclineGroup::state).distinct().count();
        return new Summary(Count.of(counts[0], "summary/issued", suppression),
                Count.of(counts[1], "summary/declined", suppression),
                Count.of(restricted, "summary/restricted", suppression), sectionII.size(), (int) states);
    }

    private List<DdorReport.TrendPoint> trend(LocalDate to, Suppression suppression) throws SQLException {
        return Query.list(connection, DdorReportBuilder.class, "trend.sql", row -> {
            LocalDate first = date(row, 1);
            return new DdorReport.TrendPoint(first, date(row, 2),
                    Count.of(row.getLong(3), "trend/" + first + "/issued", suppression),
                    Count.of(row.getLong(4), "trend/" + first + "/declined", suppression));
        }, to);
    }

    private List<RestrictedJurisdiction> sectionI(DdorParameters parameters) throws SQLException {
        Suppression suppression = parameters.suppression();
        int[] rank = {0};
        return Query.list(connection, DdorReportBuilder.class, "section1.sql",
                row -> new RestrictedJurisdiction(++rank[0], row.getString(1), row.getString(2), row.getString(3),
                        row.getString(4), categoryLabel(row.getString(5)),
                        Count.of(row.getLong(6), "section1/" + row.getString(1), suppression),
                        Count.of(row.getLong(7), "section1/" + row.getString(1) + "/declined", suppression)),
                parameters.period().from(), parameters.period().to(), parameters.top());
    }

    private List<PolicyEntry> sectionIII(LocalDate from, LocalDate to) throws SQLException {
        return Query.list(connection, DdorReportBuilder.class, "section3.sql",
                row -> new PolicyEntry(row.getString(1), row.getString(2), row.getString(3), date(row, 4),
                        row.getString(5), row.getString(6), row.getString(7), categoryLabel(row.getString(8)),
                        date(row, 9), date(row, 10), row.getString(11)), from, to);
    }

    static String categoryLabel(String category) {
        return category == null ? null : PolicyCategory.valueOf(category).label();
    }

    /** A number column that may be null (JDBC's getLong reads null as 0). */
    static Long nullableLong(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static LocalDate date(ResultSet row, int column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }

    /** Section II: declines grouped by the jurisdiction that declined, with privacy rules applied. */
    private static final class SectionTwo {

        private final Connection connection;
        private final DdorParameters parameters;

        SectionTwo(Connection connection, DdorParameters parameters) {
            this.connection = connection;
            this.parameters = parameters;
        }

        List<DeclineGroup> build() throws SQLException {
            Map<String, List<Object[]>> byJurisdiction = new LinkedHashMap<>();
            Map<String, String[]> names = new HashMap<>();
            Query.list(connection, DdorReportBuilder.class, "section2.sql", row -> {
                String fips = row.getString(1);
                names.putIfAbsent(fips, new String[] {row.getString(2), row.getString(3), row.getString(4)});
                byJurisdiction.computeIfAbsent(fips, key -> new ArrayList<>()).add(new Object[] {
                        row.getLong(5), row.getString(6), date(row, 7), date(row, 10), row.getString(11),
                        nullableLong(row, 12), row.getString(13), row.getString(14), row.getString(15),
                        row.getDate(8) != null || row.getDate(9) != null});
                return null;
            }, parameters.period().from(), parameters.period().to());
            Map<String, String> policies = policiesInEffect();
            List<DeclineGroup> groups = new ArrayList<>();
            for (Map.Entry<String, List<Object[]>> entry : byJurisdiction.entrySet()) {
                groups.add(group(entry.getKey(), names.get(entry.getKey()), policies.get(entry.getKey()), entry.getValue()));
            }
            return groups;
        }

        private DeclineGroup group(String fips, String[] name, String policy, List<Object[]> rows) {
            Suppression suppression = parameters.suppression();
            boolean generalised = suppression.suppresses(rows.size());
            boolean official = parameters.edition() == org.ddor.report.Edition.OFFICIAL;
            List<DeclineRow> declineRows = new ArrayList<>();
            for (Object[] row : rows) {
                LocalDate issued = (LocalDate) row[2];
                LocalDate placed = (LocalDate) row[3];
                boolean dateKnown = (Boolean) row[9];
                declineRows.add(new DeclineRow((Long) row[0], (String) row[1], show(issued, generalised),
                        dateKnown ? show(placed, generalised) : null, (String) row[4],
                        generalised ? null : (Long) row[5], (String) row[6], official ? (String) row[7] : null,
                        (String) row[8]));
            }
            return new DeclineGroup(fips, name[0], name[1], name[2], policy,
                    Count.of(rows.size(), "section2/" + fips, suppression), generalised, declineRows);
        }

        private static String show(LocalDate day, boolean generalised) {
            return day == null ? null : generalised ? day.toString().substring(0, 7) : day.toString();
        }

        private Map<String, String> policiesInEffect() throws SQLException {
            Map<String, String> policies = new HashMap<>();
            Query.list(connection, DdorReportBuilder.class, "policy_in_effect.sql", row -> {
                String words = (row.getString(2) == null ? "policy" : row.getString(2)) + " ("
                        + categoryLabel(row.getString(3)) + (row.getBoolean(5) ? ", state-wide" : "")
                        + (row.getString(4) == null ? "" : ", enacted " + row.getString(4)) + ")";
                policies.putIfAbsent(row.getString(1), words);
                return null;
            }, parameters.period().to());
            return policies;
        }
    }
}
