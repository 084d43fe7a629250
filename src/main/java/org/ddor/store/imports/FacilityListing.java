package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ddor.store.SqlResource;

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
        List<Row> result = new ArrayList<>();
        try (var select = connection.prepareStatement(SqlResource.load(FacilityListing.class,
                "/org/ddor/store/imports/facility_list.sql"))) {
            select.setString(1, status);
            select.setString(2, status);
            select.setInt(3, limit);
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new Row(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), rows.getLong(10), rows.getString(11)));
                }
            }
        }
        return result;
    }

    public static List<Totals> totals(Connection connection) throws SQLException {
        List<Totals> result = new ArrayList<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select f.resolution, count(distinct f.id), count(d.id) "
                     + "from facility f left join detainer d on d.facility_id = f.id group by 1 order by 1")) {
            while (rows.next()) {
                result.add(new Totals(rows.getString(1), rows.getLong(2), rows.getLong(3)));
            }
        }
        return result;
    }
}
