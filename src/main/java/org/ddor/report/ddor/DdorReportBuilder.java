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
        List<DeclineGroup> sectionII = new SectionTwo(parameters).build(figures);
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

        private final DdorParameters parameters;

        SectionTwo(DdorParameters parameters) {
            this.parameters = parameters;
        }

        List<DeclineGroup> build(PeriodFigures figures) {
            Map<String, List<PeriodFigures.Row>> byJurisdiction = new LinkedHashMap<>();
            for (PeriodFigures.Row row : figures.part("section2")) {
                byJurisdiction.computeIfAbsent(row.key(), key -> new ArrayList<>()).add(row);
            }
            Map<String, String> policies = new HashMap<>();
            for (PeriodFigures.Row policy : figures.part("policy")) {
                policies.put(policy.key(), words(policy));
            }
            List<DeclineGroup> groups = new ArrayList<>();
            for (Map.Entry<String, List<PeriodFigures.Row>> entry : byJurisdiction.entrySet()) {
                groups.add(group(entry.getKey(), policies.get(entry.getKey()), entry.getValue()));
            }
            return groups;
        }

        private DeclineGroup group(String fips, String policy, List<PeriodFigures.Row> rows) {
            Suppression suppression = parameters.suppression();
            boolean generalised = suppression.suppresses(rows.size());
            boolean official = parameters.edition() == org.ddor.report.Edition.OFFICIAL;
            List<DeclineRow> declineRows = new ArrayList<>();
            for (PeriodFigures.Row row : rows) {
                declineRows.add(new DeclineRow(row.n1(), row.citizenship(), show(row.day(), generalised),
                        row.flag() ? show(row.lastDay(), generalised) : null, row.rule(),
                        generalised ? null : row.n2(), row.category(), official ? row.charge() : null,
                        row.criminality()));
            }
            PeriodFigures.Row first = rows.get(0);
            return new DeclineGroup(fips, first.name(), first.state(), first.aor(), policy,
                    Count.of(rows.size(), "section2/" + fips, suppression), generalised, declineRows);
        }

        private static String show(LocalDate day, boolean generalised) {
            return day == null ? null : generalised ? day.toString().substring(0, 7) : day.toString();
        }

        /** A policy in words: "Ordinance 12 (No holds, state-wide, enacted March 2017)". */
        private static String words(PeriodFigures.Row policy) {
            return (policy.name() == null ? "policy" : policy.name()) + " (" + categoryLabel(policy.category())
                    + (policy.flag() ? ", state-wide" : "")
                    + (policy.detail() == null ? "" : ", enacted " + policy.detail()) + ")";
        }
    }
}
