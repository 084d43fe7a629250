package org.ddor.report.ddor;

import static org.ddor.report.ddor.DdorReportBuilder.date;
import static org.ddor.report.ddor.DdorReportBuilder.nullableLong;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.store.Query;

/**
 * Every count of a Declined Detainer Outcome Report but Section II's rows, as figures.sql gives
 * them in one statement: rows tagged by part, in each part's order. Plain values; the builder
 * turns them into {@link org.ddor.report.Count}s.
 */
final class PeriodFigures {

    /** One row of figures.sql: the columns a part uses, the others null (the table in figures.sql). */
    record Row(String part, String key, String name, String state, String aor, String category, LocalDate day,
               LocalDate lastDay, long n1, Long n2, long n3, String citizenship, String rule, String charge,
               String criminality, boolean flag, String detail) {

        static Row read(ResultSet row) throws SQLException {
            return new Row(row.getString("part"), row.getString("key"), row.getString("name"), row.getString("state"),
                    row.getString("aor"), row.getString("category"), day(row, "day"), day(row, "last_day"),
                    row.getLong("n1"), nullableLong(row, row.findColumn("n2")), row.getLong("n3"),
                    row.getString("citizenship"), row.getString("rule"), row.getString("charge"),
                    row.getString("criminality"), row.getBoolean("flag"), row.getString("detail"));
        }

        private static LocalDate day(ResultSet row, String column) throws SQLException {
            return date(row, row.findColumn(column));
        }
    }

    private final List<Row> rows;

    private PeriodFigures(List<Row> rows) {
        this.rows = rows;
    }

    /** Reads the figures of {@code parameters}' period; the attribution views must be prepared. */
    static PeriodFigures read(Connection connection, DdorParameters parameters, int burstMinimum) throws SQLException {
        LocalDate from = parameters.period().from();
        LocalDate to = parameters.period().to();
        // The trend chart reaches back twelve weeks from the last day.
        LocalDate trendFrom = from.isBefore(to.minusDays(83)) ? from : to.minusDays(83);
        return new PeriodFigures(Query.list(connection, PeriodFigures.class, "figures.sql", Row::read, from, to,
                trendFrom, parameters.top(), burstMinimum, parameters.oldDetainerDays()));
    }

    /** The rows of one part, in order. */
    List<Row> part(String part) {
        List<Row> selected = new ArrayList<>();
        for (Row row : rows) {
            if (row.part().equals(part)) {
                selected.add(row);
            }
        }
        return selected;
    }

    /** The single row of a part that always has one (summary, fidelity, range). */
    Row single(String part) {
        List<Row> selected = part(part);
        if (selected.size() != 1) {
            throw new IllegalStateException("figures.sql gave " + selected.size() + " rows of part " + part);
        }
        return selected.get(0);
    }
}
