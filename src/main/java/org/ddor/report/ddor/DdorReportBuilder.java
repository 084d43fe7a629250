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
        ReportContext.prepare(connection);
        Suppression suppression = parameters.suppression();
        PeriodFigures figures = PeriodFigures.read(connection, parameters, SectionFour.BURST_MINIMUM);
        List<SectionFour.Source> sources = SectionFour.sources(connection);
        List<DeclineGroup> sectionII = new SectionTwo(connection, parameters).build();
        return new DdorReport(header(parameters, sources, figures.single("range")),
                summary(figures.single("summary"), suppression, sectionII), trend(figures, suppression),
                sectionI(figures, suppression), sectionII, sectionIII(parameters.period().from(), parameters.period().to()),
                new SectionFour(parameters).build(figures, sources));
    }

    private static Header header(DdorParameters parameters, List<SectionFour.Source> sources,
                                 PeriodFigures.Row range) {
        List<DdorReport.Input> inputs = sources.stream().map(SectionFour.Source::input).toList();
        return new Header("Declined Detainer Outcome Report", parameters,
                inputs.stream().anyMatch(DdorReport.Input::generated), inputs, range.day(), range.lastDay());
    }

    private static Summary summary(PeriodFigures.Row counts, Suppression suppression, List<DeclineGroup> sectionII) {
        long states = sectionII.stream().map(DeclineGroup::state).distinct().count();
        return new Summary(Count.of(counts.n1(), "summary/issued", suppression),
                Count.of(counts.n2(), "summary/declined", suppression),
                Count.of(counts.n3(), "summary/restricted", suppression), sectionII.size(), (int) states);
    }

    private static List<DdorReport.TrendPoint> trend(PeriodFigures figures, Suppression suppression) {
        List<DdorReport.TrendPoint> trend = new ArrayList<>();
        for (PeriodFigures.Row week : figures.part("trend")) {
            LocalDate first = week.day();
            trend.add(new DdorReport.TrendPoint(first, first.plusDays(6),
                    Count.of(week.n1(), "trend/" + first + "/issued", suppression),
                    Count.of(week.n2(), "trend/" + first + "/declined", suppression)));
        }
        return trend;
    }

    private static List<RestrictedJurisdiction> sectionI(PeriodFigures figures, Suppression suppression) {
        List<RestrictedJurisdiction> rows = new ArrayList<>();
        for (PeriodFigures.Row row : figures.part("section1")) {
            rows.add(new RestrictedJurisdiction(rows.size() + 1, row.key(), row.name(), row.state(), row.aor(),
                    categoryLabel(row.category()), Count.of(row.n1(), "section1/" + row.key(), suppression),
                    Count.of(row.n2(), "section1/" + row.key() + "/declined", suppression)));
        }
        return rows;
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
                names.putIfAbsent(fips, new String[] {row.getString(2), row.getString(3), row.getString(4), policy(row)});
                byJurisdiction.computeIfAbsent(fips, key -> new ArrayList<>()).add(new Object[] {
                        row.getLong(5), row.getString(6), date(row, 7), date(row, 10), row.getString(11),
                        nullableLong(row, 12), row.getString(13), row.getString(14), row.getString(15),
                        row.getDate(8) != null || row.getDate(9) != null});
                return null;
            }, parameters.period().from(), parameters.period().to());
            List<DeclineGroup> groups = new ArrayList<>();
            for (Map.Entry<String, List<Object[]>> entry : byJurisdiction.entrySet()) {
                String[] name = names.get(entry.getKey());
                groups.add(group(entry.getKey(), name, name[3], entry.getValue()));
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

        /** The restrictive policy in effect at the end of the period, in words, or null (section2.sql). */
        private static String policy(ResultSet row) throws SQLException {
            if (!row.getBoolean(16)) {
                return null;
            }
            return (row.getString(17) == null ? "policy" : row.getString(17)) + " (" + categoryLabel(row.getString(18))
                    + (row.getBoolean(20) ? ", state-wide" : "")
                    + (row.getString(19) == null ? "" : ", enacted " + row.getString(19)) + ")";
        }
    }
}
