package org.ddor.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.ddor.report.Period;

/**
 * Report periods as URL paths, both ways: {@code week/2025-04-02}, {@code range/2025-01-01/2025-03-31},
 * {@code quarter/2025Q2}, {@code fy/2025}. Weeks run Saturday to Friday, as ICE's weekly reports did.
 */
final class Periods {

    /** The longest range a request may ask for (days): twenty years, far beyond any release. */
    static final long MAX_RANGE_DAYS = 20L * 366;

    private Periods() {
    }

    static Period week(String date) {
        return Period.week(Params.date(date, "week"), DayOfWeek.SATURDAY);
    }

    static Period range(String from, String to) {
        LocalDate first = Params.date(from, "from");
        LocalDate last = Params.date(to, "to");
        if (last.isBefore(first)) {
            throw WebException.badRequest("the range ends (" + last + ") before it starts (" + first + ")");
        }
        if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_RANGE_DAYS) {
            throw WebException.badRequest("a range may cover at most " + MAX_RANGE_DAYS + " days");
        }
        return Period.range(first, last);
    }

    static Period quarter(String text) {
        try {
            Period quarter = Period.quarter(text);
            Params.year(String.valueOf(quarter.from().getYear()), "quarter");
            return quarter;
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest(e.getMessage());
        }
    }

    static Period fiscalYear(String text) {
        return Period.fiscalYear(Params.year(text, "fiscal year"));
    }

    /** The path of a period below {@code /reports/ddor/} (and {@code /api/reports/ddor/}). */
    static String path(Period period) {
        return switch (period.kind()) {
            case WEEK -> "week/" + period.from();
            case RANGE -> "range/" + period.from() + "/" + period.to();
            case QUARTER -> "quarter/" + period.label();
            case FISCAL_YEAR -> "fy/" + period.to().getYear();
        };
    }

    static String reportUrl(Period period) {
        return "/reports/ddor/" + path(period);
    }
}
