package org.ddor.report.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One unit's figures as units.sql gives them, before they become a {@link RankingReport.RankedUnit}.
 * Ranking thousands of units sorts these; only the rows shown are turned into formatted counts.
 *
 * @param key the unit's identity, or null for the records that count for no unit
 */
record UnitFigures(String key, String name, String kind, String state, String aor, String detail, long issued,
                   long declined, long declinedOfIssued, long booked) {

    static UnitFigures read(ResultSet row) throws SQLException {
        return new UnitFigures(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10));
    }

    /** The figure a ranking by {@code measure} orders on (for the rate: its numerator). */
    long measured(RankingMeasure measure) {
        return switch (measure) {
            case ISSUED -> issued;
            case DECLINED -> declined;
            case BOOKED -> booked;
            case DECLINE_RATE -> declinedOfIssued;
        };
    }
}
