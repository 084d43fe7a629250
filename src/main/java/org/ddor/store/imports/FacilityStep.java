package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.ingest.resolve.FacilityEvidence;
import org.ddor.ingest.resolve.FacilityResolver;
import org.ddor.store.SqlResource;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Resolves the distinct facilities of a staged release: known facilities keep their stored
 * resolution (including people's decisions); new ones get a recorded manual mapping if one
 * exists for their name and state, else the resolver's rules. Fills {@code ddor_facility_lookup}
 * (source values → facility id) for the insert. Known keys and mappings are read once and new
 * rows appended in bulk: a release names thousands of facilities, and a query per facility
 * would dominate the import.
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
        Map<String, Long> known = knownFacilities();
        Map<String, StoredResolution> decisions = FacilityMappings.all(connection);
        long nextId = maxFacilityId() + 1;
        long unresolved = 0;
        long ambiguous = 0;
        long created = 0;
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (var distinct = connection.createStatement();
             var rows = distinct.executeQuery(SqlResource.load(FacilityStep.class,
                     "/org/ddor/store/imports/distinct_facilities.sql"));
             DuckDBAppender lookup = duck.createAppender("temp", "main", "ddor_facility_lookup");
             DuckDBAppender facilities = duck.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "facility")) {
            while (rows.next()) {
                FacilityEvidence evidence = new FacilityEvidence(rows.getString(1), rows.getString(2),
                        rows.getString(3), rows.getString(4));
                String key = FacilityResolver.facilityKey(evidence);
                Long id = known.get(key);
                if (id == null) {
                    id = nextId++;
                    StoredResolution resolution = decisions.get(FacilityMappings.key(evidence.rawName(), evidence.state()));
                    if (resolution == null) {
                        resolution = StoredResolution.of(resolver.resolve(evidence));
                    }
                    appendFacility(facilities, id, key, evidence, resolution);
                    known.put(key, id);
                    created++;
                    unresolved += resolution.resolution() == Resolution.UNRESOLVED ? 1 : 0;
                    ambiguous += resolution.resolution() == Resolution.AMBIGUOUS ? 1 : 0;
                }
                lookup.beginRow().append(evidence.rawName()).append(evidence.city()).append(evidence.state())
                        .append(evidence.iceCode()).append(id).endRow();
            }
        }
        return new Outcome(created, unresolved, ambiguous);
    }

    private static void appendFacility(DuckDBAppender facilities, long id, String key, FacilityEvidence evidence,
                                       StoredResolution resolution) throws SQLException {
        Operator operator = resolution.operator();
        facilities.beginRow().append(id).append(key).append(evidence.iceCode()).append(evidence.rawName())
                .append(evidence.city()).append(evidence.state()).append(operator.name())
                .append(resolution.jurisdictionFips()).append(resolution.resolution().name())
                .append(resolution.evidence()).endRow();
    }

    private Map<String, Long> knownFacilities() throws SQLException {
        Map<String, Long> known = new HashMap<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select facility_key, id from facility")) {
            while (rows.next()) {
                known.put(rows.getString(1), rows.getLong(2));
            }
        }
        return known;
    }

    private long maxFacilityId() throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select coalesce(max(id), 0) from facility")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
