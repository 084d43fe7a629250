package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.resolve.FacilityEvidence;
import org.ddor.ingest.resolve.FacilityResolver;

/**
 * Resolves the distinct facilities of a staged release: known facilities keep their stored
 * resolution (including people's decisions); new ones get a recorded manual mapping if one
 * exists for their name and state, else the resolver's rules. Fills {@code ddor_facility_lookup}
 * (source values → facility id) for the insert.
 */
final class FacilityStep {

    /** Facilities created by this import and how many of them are left unattributed. */
    record Outcome(long created, long unresolved, long ambiguous) {
    }

    private final Connection connection;
    private final FacilityResolver resolver;

    FacilityStep(Connection connection, Gazetteer gazetteer) {
        this.connection = connection;
        this.resolver = new FacilityResolver(gazetteer);
    }

    Outcome run() throws SQLException {
        execute("create or replace temp table ddor_facility_lookup (facility_raw varchar, city_raw varchar, "
                + "state varchar, facility_code_raw varchar, facility_id bigint)");
        long created = 0;
        long unresolved = 0;
        long ambiguous = 0;
        try (var distinct = connection.createStatement();
             var rows = distinct.executeQuery(org.ddor.store.SqlResource.load(FacilityStep.class,
                     "/org/ddor/store/imports/distinct_facilities.sql"));
             var lookup = connection.prepareStatement("insert into ddor_facility_lookup values (?, ?, ?, ?, ?)")) {
            while (rows.next()) {
                FacilityEvidence evidence = new FacilityEvidence(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4));
                String key = FacilityResolver.facilityKey(evidence);
                Long id = existing(key);
                if (id == null) {
                    StoredResolution resolution = resolveNew(evidence);
                    id = insert(key, evidence, resolution);
                    created++;
                    switch (resolution.resolution()) {
                        case UNRESOLVED -> unresolved++;
                        case AMBIGUOUS -> ambiguous++;
                        default -> { }
                    }
                }
                lookup.setString(1, evidence.rawName());
                lookup.setString(2, evidence.city());
                lookup.setString(3, evidence.state());
                lookup.setString(4, evidence.iceCode());
                lookup.setLong(5, id);
                lookup.addBatch();
            }
            lookup.executeBatch();
        }
        return new Outcome(created, unresolved, ambiguous);
    }

    /** A recorded decision by a person wins over the rules. */
    private StoredResolution resolveNew(FacilityEvidence evidence) throws SQLException {
        return FacilityMappings.find(connection, evidence.rawName(), evidence.state())
                .orElseGet(() -> StoredResolution.of(resolver.resolve(evidence)));
    }

    private Long existing(String key) throws SQLException {
        try (var select = connection.prepareStatement("select id from facility where facility_key = ?")) {
            select.setString(1, key);
            try (var rows = select.executeQuery()) {
                return rows.next() ? rows.getLong(1) : null;
            }
        }
    }

    private long insert(String key, FacilityEvidence evidence, StoredResolution resolution) throws SQLException {
        try (var insert = connection.prepareStatement("insert into facility values "
                + "(nextval('facility_id'), ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")) {
            insert.setString(1, key);
            insert.setString(2, evidence.iceCode());
            insert.setString(3, evidence.rawName());
            insert.setString(4, evidence.city());
            insert.setString(5, evidence.state());
            insert.setString(6, resolution.operator().name());
            insert.setString(7, resolution.jurisdictionFips());
            insert.setString(8, resolution.resolution().name());
            insert.setString(9, resolution.evidence());
            try (var rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
