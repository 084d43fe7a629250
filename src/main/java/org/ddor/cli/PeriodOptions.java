package org.ddor.cli;

import java.time.DayOfWeek;
import org.ddor.report.Period;
import picocli.CommandLine.Option;

/** The period options every report shares: one of --week, --from/--to, --quarter, --fiscal-year. */
final class PeriodOptions {

    @Option(names = "--week", paramLabel = "DATE", description = "The week containing DATE (Saturday to Friday unless --week-start).")
    String week;

    @Option(names = "--week-start", paramLabel = "DAY", defaultValue = "SATURDAY",
            description = "First day of a week (default: ${DEFAULT-VALUE}, as ICE's weekly reports ran).")
    DayOfWeek weekStart;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of a date range (with --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of a date range, included (with --from).")
    String to;

    @Option(names = "--quarter", paramLabel = "YYYYQN", description = "A calendar quarter, e.g. 2025Q2.")
    String quarter;

    @Option(names = "--fiscal-year", paramLabel = "YEAR", description = "A federal fiscal year, e.g. 2025 (Oct 2024 to Sep 2025).")
    Integer fiscalYear;

    /** The period asked for; exactly one way of asking must be used. */
    Period period() {
        int given = (week != null ? 1 : 0) + (from != null || to != null ? 1 : 0) + (quarter != null ? 1 : 0)
                + (fiscalYear != null ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of --week DATE, --from DATE --to DATE, --quarter 2025Q2, --fiscal-year 2025");
        }
        if (week != null) {
            return Period.week(Period.day(week), weekStart);
        }
        if (quarter != null) {
            return Period.quarter(quarter);
        }
        if (fiscalYear != null) {
            return Period.fiscalYear(fiscalYear);
        }
        if (from == null || to == null) {
            throw new IllegalArgumentException("--from and --to go together");
        }
        return Period.range(Period.day(from), Period.day(to));
    }
}
