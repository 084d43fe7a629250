package org.ddor.web;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Query;

/** Builds public-edition reports for the site; every one on the request's own connection. */
final class Reports {

    private Reports() {
    }

    static DdorReport build(Site site, Period period) {
        return site.read(connection -> new DdorReportBuilder(connection).build(DdorParameters.of(period)));
    }

    /** The store's issued dates, first and last; both null when the store holds no detainer. */
    static LocalDate[] dataRange(Connection connection) throws SQLException {
        return Query.one(connection, DdorReportBuilder.class, "data_range.sql",
                row -> new LocalDate[] {day(row.getDate(1)), day(row.getDate(2))});
    }

    /**
     * The last complete Saturday-to-Friday week: the week of the last issued date minus 7 days (the last
     * issued date's own week may still be filling), as {@code ddor demo} chooses it. Null for an empty store.
     */
    static Period latestCompleteWeek(Connection connection) throws SQLException {
        LocalDate last = dataRange(connection)[1];
        return last == null ? null : Period.week(last.minusDays(7), DayOfWeek.SATURDAY);
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
