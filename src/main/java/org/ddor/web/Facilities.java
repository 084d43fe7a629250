package org.ddor.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.ddor.report.Count;
import org.ddor.store.imports.FacilityListing;

/** The facility resolution queue as the site shows it: record counts follow public-edition suppression. */
final class Facilities {

    static final List<String> STATUSES = List.of("rule", "manual", "ambiguous", "unresolved");

    record Row(long id, String name, String city, String state, String iceCode, String operator, String jurisdictionFips,
               String jurisdiction, String resolution, Count records, String evidence) {
    }

    record Totals(String resolution, long facilities, Count records) {
    }

    record Queue(List<Totals> totals, String status, int limit, List<Row> facilities) {
    }

    private Facilities() {
    }

    /**
     * The queue: {@code totals} per resolution (what {@link #totals} read), and the facilities of one
     * resolution (null for all), most records first.
     */
    static Queue queue(Connection connection, List<Totals> totals, String status, int limit) throws SQLException {
        List<Row> rows = FacilityListing.list(connection, status == null ? null : status.toUpperCase(Locale.ROOT), limit)
                .stream().map(r -> new Row(r.id(), r.rawName(), r.city(), r.state(), r.iceCode(),
                        r.operator().toLowerCase(Locale.ROOT), r.jurisdictionFips(), r.jurisdiction(),
                        r.resolution().toLowerCase(Locale.ROOT),
                        Count.of(r.records(), "facility/" + r.id(), Jurisdictions.PUBLIC), r.evidence()))
                .toList();
        return new Queue(totals, status, limit, rows);
    }

    /** Facilities and their records per resolution: what changes only with an import. */
    static List<Totals> totals(Connection connection) throws SQLException {
        return FacilityListing.totals(connection).stream()
                .map(t -> new Totals(t.resolution().toLowerCase(Locale.ROOT), t.facilities(),
                        Count.of(t.records(), "facilities/" + t.resolution(), Jurisdictions.PUBLIC)))
                .toList();
    }
}
