package org.ddor.report;

import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import org.ddor.store.Query;

/**
 * What the store holds, as every companion report states it: the issued dates it covers and
 * whether any of it is DDOR's generated sample data (then every output says so).
 *
 * @param firstIssued         earliest issued date of a stored detainer, or null when the store is empty
 * @param lastIssued          latest issued date, or null when empty: the end of the data, for censoring
 * @param records             detainers stored, duplicates included
 * @param generatedSampleData true when any release is generated sample data
 */
public record StoreCoverage(LocalDate firstIssued, LocalDate lastIssued, long records, boolean generatedSampleData) {

    /** Reads the coverage of the store behind {@code connection}. */
    public static StoreCoverage read(Connection connection) throws SQLException {
        return Query.one(connection, StoreCoverage.class, "coverage.sql",
                row -> new StoreCoverage(day(row.getDate(1)), day(row.getDate(2)), row.getLong(3), row.getBoolean(4)));
    }

    /** The caveat every output of generated data carries; null for real data. */
    public String generatedCaveat() {
        return generatedSampleData
                ? "Built from DDOR's generated sample data: it describes no real person, facility or policy."
                : null;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
