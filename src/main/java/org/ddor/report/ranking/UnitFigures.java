package org.ddor.report.ranking;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One unit's figures as units.sql gives them, before they become a {@link RankingReport.RankedUnit}.
 * Ranking thousands of units sorts these; only the units shown are named ({@link UnitNames}) and turned
 * into formatted counts.
 *
 * @param key  the unit's identity, or null for the records that count for no unit
 * @param name the unit's name, kind, state, AOR and detail follow it; all null until {@link #named}
 */
record UnitFigures(String key, String name, String kind, String state, String aor, String detail, long issued,
                   long declined, long declinedOfIssued, long booked) {

    /** The figures of units.sql's row: key, issued, declined, declined of issued, booked. */
    static UnitFigures read(ResultSet row) throws SQLException {
        return new UnitFigures(row.getString(1), null, null, null, null, null, row.getLong(2), row.getLong(3),
                row.getLong(4), row.getLong(5));
    }

    /** These figures with the unit's name, kind, state, AOR and detail. */
    UnitFigures named(UnitNames.UnitName unit) {
        return new UnitFigures(key, unit.name(), unit.kind(), unit.state(), unit.aor(), unit.detail(), issued, declined,
                declinedOfIssued, booked);
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
