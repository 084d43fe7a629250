package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.ddor.store.Query;

/** Stored facilities with their resolution and record counts, for review. */
public final class FacilityListing {

    /** One facility as a person reviews it. {@code jurisdiction} is null when unattributed. */
    public record Row(long id, String rawName, String city, String state, String iceCode, String operator,
                      String jurisdictionFips, String jurisdiction, String resolution, long records, String evidence) {
    }

    /** Counts by resolution, and the records behind each. */
    public record Totals(String resolution, long facilities, long records) {
    }

    private FacilityListing() {
    }

    /** Facilities, most records first; {@code status} null for all, else RULE, MANUAL, AMBIGUOUS or UNRESOLVED. */
    public static List<Row> list(Connection connection, String status, int limit) throws SQLException {
        return Query.list(connection, FacilityListing.class, "facility_list.sql", rows -> new Row(rows.getLong(1),
                rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), rows.getString(6),
                rows.getString(7), rows.getString(8), rows.getString(9), rows.getLong(10), rows.getString(11)),
                status, status, limit);
    }

    /** Facilities and their records per resolution, by resolution. */
    public static List<Totals> totals(Connection connection) throws SQLException {
        return Query.list(connection, FacilityListing.class, "facility_totals.sql",
                rows -> new Totals(rows.getString(1), rows.getLong(2), rows.getLong(3)));
    }
}
