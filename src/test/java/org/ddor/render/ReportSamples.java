package org.ddor.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.DataFidelity;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.DeclineRow;
import org.ddor.report.ddor.DdorReport.Exclusion;
import org.ddor.report.ddor.DdorReport.Header;
import org.ddor.report.ddor.DdorReport.Input;
import org.ddor.report.ddor.DdorReport.Placement;
import org.ddor.report.ddor.DdorReport.PolicyEntry;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;
import org.ddor.report.ddor.DdorReport.SourceCoverage;
import org.ddor.report.ddor.DdorReport.Summary;
import org.ddor.report.ddor.DdorReport.TrendPoint;

/**
 * Report models built by hand, for what a store cannot produce: names with markup in them (a gazetteer
 * has none), exact small values behind suppressed counts, the official edition.
 */
public final class ReportSamples {

    public static final LocalDate WEEK_START = LocalDate.of(2025, 3, 29);

    private ReportSamples() {
    }

    /** One jurisdiction named {@code name} with {@code declines} declines, in {@code edition}. */
    public static DdorReport withJurisdiction(String name, int declines, Edition edition) {
        Suppression suppression = new Suppression(edition, Suppression.DEFAULT_THRESHOLD);
        DdorParameters parameters = new DdorParameters(Period.week(WEEK_START, DayOfWeek.SATURDAY),
                DdorParameters.DEFAULT_TOP, suppression, DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
        boolean generalised = suppression.suppresses(declines);
        List<DeclineRow> rows = new ArrayList<>();
        for (int i = 0; i < declines; i++) {
            rows.add(new DeclineRow(i + 1, "CITIZEN <B> & CO", generalised ? "2025-03" : "2025-03-30",
                    generalised ? "2025-03" : "2025-04-01", "recorded-as-declined date", generalised ? null : 2L,
                    "Assault & battery", edition == Edition.OFFICIAL ? "AGGRAVATED <ASSAULT>" : null, "1 Convicted Criminal"));
        }
        Count declined = Count.of(declines, "section2/99999", suppression);
        return new DdorReport(
                new Header("Declined Detainer Outcome Report", parameters, false,
                        List.of(new Input(1, "release <1> & more.csv", "ERO_LESA", "ab".repeat(32), false)),
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 4)),
                new Summary(Count.of(1234, "summary/issued", suppression), declined,
                        Count.of(40, "summary/restricted", suppression), 1, 1),
                trend(suppression),
                List.of(new RestrictedJurisdiction(1, "99999", name, "ZZ", "A&B", "no holds",
                        Count.of(40, "section1/99999", suppression), Count.of(declines, "section1/99999/declined", suppression))),
                List.of(new DeclineGroup("99999", name, "ZZ", "A&B", "Order <7> & annex (no holds)", declined, generalised, rows)),
                List.of(new PolicyEntry("99999", name + ", ZZ", "A&B", LocalDate.of(2024, 9, 1), "Sep-24",
                        "Order <7> & annex", "Will not hold <anyone>", "no holds", LocalDate.of(2024, 9, 1), null,
                        "policies <x>.csv, row 3")),
                new DataFidelity(
                        List.of(new SourceCoverage(1, "release <1> & more.csv", "ERO_LESA", LocalDate.of(2025, 1, 1),
                                LocalDate.of(2025, 4, 4), 1234, true, false)),
                        List.of(new Exclusion("facility run by ice", Count.of(3, "section4/excluded/facility run by ice/issued",
                                suppression), Count.of(0, "section4/excluded/facility run by ice/declined", suppression))),
                        List.of(new Placement("recorded-as-declined date", declined)),
                        List.of(), Count.of(0, "section4/old", suppression), Count.of(0, "section4/transferred", suppression),
                        0, List.of("A caveat with <markup> & an ampersand.")));
    }

    private static List<TrendPoint> trend(Suppression suppression) {
        List<TrendPoint> trend = new ArrayList<>();
        for (int week = 11; week >= 0; week--) {
            LocalDate first = WEEK_START.minusWeeks(week);
            trend.add(new TrendPoint(first, first.plusDays(6), Count.of(1000 + 10L * week, "trend/" + first + "/issued",
                    suppression), Count.of(week % 4, "trend/" + first + "/declined", suppression)));
        }
        return trend;
    }
}
