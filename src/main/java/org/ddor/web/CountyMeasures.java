package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** A county the map can show; {@code hasData} as in {@link County}. */
    record Place(String fips, String name, String state, boolean hasData) {
    }

    /** Every county the map can show, by FIPS code: what changes only with an import (counties.sql). */
    static List<Place> places(Connection connection) throws SQLException {
        return List.copyOf(Query.list(connection, CountyMeasures.class, "counties.sql",
                row -> new Place(row.getString(1), row.getString(2), row.getString(3), row.getBoolean(4))));
    }

    /** Every county of {@code places} with its figures in {@code period}: zero where it has none. */
    static List<County> of(Connection connection, List<Place> places, Period period) throws SQLException {
        Map<String, long[]> figures = new HashMap<>();
        Query.list(connection, CountyMeasures.class, "county_figures.sql",
                row -> figures.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}),
                period.from(), period.to());
        List<County> counties = new ArrayList<>(places.size());
        for (Place place : places) {
            long[] counted = figures.getOrDefault(place.fips(), new long[2]);
            counties.add(new County(place.fips(), place.name(), place.state(), place.hasData(),
                    Count.of(counted[0], "county/" + place.fips() + "/issued", Jurisdictions.PUBLIC),
                    Count.of(counted[1], "county/" + place.fips() + "/declined", Jurisdictions.PUBLIC)));
        }
        return counties;
    }
}
