package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Period;
import org.ddor.store.Query;

/** Each county's figures for a period, as the map shows them (public-edition suppression). */
final class CountyMeasures {

    static final List<String> MEASURES = List.of("issued", "declined");

    /** @param hasData false when no facility in the store is attributed to the county: nothing is known */
    record County(String fips, String name, String state, boolean hasData, Count issued, Count declined) {

        Count measure(String measure) {
            return measure.equals("declined") ? declined : issued;
        }
    }

    private CountyMeasures() {
    }

    static List<County> of(Connection connection, Period period) throws SQLException {
        return Query.list(connection, CountyMeasures.class, "county_measures.sql", row -> {
            String fips = row.getString(1);
            return new County(fips, row.getString(2), row.getString(3), row.getBoolean(4),
                    Count.of(row.getLong(5), "county/" + fips + "/issued", Jurisdictions.PUBLIC),
                    Count.of(row.getLong(6), "county/" + fips + "/declined", Jurisdictions.PUBLIC));
        }, period.from(), period.to());
    }
}
