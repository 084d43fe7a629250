package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ddor.domain.Operator;
import org.ddor.domain.Resolution;
import org.ddor.store.DerivedTables;

/**
 * People's decisions about facilities (DESIGN.md §1.1: a name that fits several places stays
 * unresolved until resolved by evidence or by a person). A decision is keyed by the facility's
 * raw name and state, applies at once to the stored facility (and so to all its records) and to
 * facilities of later imports.
 */
public final class FacilityMappings {

    private FacilityMappings() {
    }

    /** The key {@link #all(Connection)} uses: raw name and state ("" for none). */
    static String key(String rawName, String state) {
        return rawName + "\u0000" + (state == null ? "" : state);
    }

    /** Every recorded decision by {@link #key(String, String)}. */
    static java.util.Map<String, StoredResolution> all(Connection connection) throws SQLException {
        java.util.Map<String, StoredResolution> decisions = new java.util.HashMap<>();
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select raw_name, state, jurisdiction_fips, operator, decided_by, "
                     + "decided_at, reason from facility_mapping")) {
            while (rows.next()) {
                decisions.put(key(rows.getString(1), rows.getString(2)), new StoredResolution(
                        Operator.valueOf(rows.getString(4)), rows.getString(3), Resolution.MANUAL,
                        evidence(rows.getString(5), rows.getTimestamp(6), rows.getString(7))));
            }
        }
        return decisions;
    }

    private static String evidence(String who, java.sql.Timestamp when, String why) {
        return "decided by " + who + " on " + when.toLocalDateTime().toLocalDate() + ": " + why;
    }

    /** A recorded decision for this raw name and state, as a resolution. */
    static Optional<StoredResolution> find(Connection connection, String rawName, String state) throws SQLException {
        try (var select = connection.prepareStatement("select jurisdiction_fips, operator, decided_by, decided_at, reason "
                + "from facility_mapping where raw_name = ? and state = ?")) {
            select.setString(1, rawName);
            select.setString(2, state == null ? "" : state);
            try (var rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String evidence = "decided by " + rows.getString(3) + " on " + rows.getTimestamp(4).toLocalDateTime().toLocalDate()
                        + ": " + rows.getString(5);
                return Optional.of(new StoredResolution(Operator.valueOf(rows.getString(2)), rows.getString(1),
                        Resolution.MANUAL, evidence));
            }
        }
    }

    /** A person's decision on the facilities of one name and state: who runs them, and their jurisdiction. */
    public record Decision(String rawName, String state, String fips, Operator operator, String who, String why) {
    }

    /**
     * Records a decision and applies it to the stored facilities of that name and state.
     * Runs in one transaction; returns the number of stored facilities it changed.
     */
    public static int record(Connection connection, String rawName, String state, String fips, Operator operator,
                             String who, String why) throws SQLException {
        return recordAll(connection, List.of(new Decision(rawName, state, fips, operator, who, why)));
    }

    /**
     * Records decisions and applies each to the stored facilities of its name and state, all in one
     * transaction: a failure leaves the store as it was. A facility's jurisdiction and operator decide
     * whom its detainers count for, so the derived figures are rebuilt in the same transaction when a
     * stored facility changed. Returns the number of stored facilities changed.
     */
    public static int recordAll(Connection connection, List<Decision> decisions) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            int changed = 0;
            for (Decision decision : decisions) {
                changed += apply(connection, decision);
            }
            if (changed > 0) {
                DerivedTables.refresh(connection);
            }
            connection.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static int apply(Connection connection, Decision decision) throws SQLException {
        String state = decision.state() == null ? "" : decision.state();
        try (var upsert = connection.prepareStatement(
                "insert or replace into facility_mapping values (?, ?, ?, ?, ?, current_timestamp, ?)")) {
            upsert.setString(1, decision.rawName());
            upsert.setString(2, state);
            upsert.setString(3, decision.fips());
            upsert.setString(4, decision.operator().name());
            upsert.setString(5, decision.who());
            upsert.setString(6, decision.why());
            upsert.executeUpdate();
        }
        try (var update = connection.prepareStatement("update facility set operator = ?, jurisdiction_fips = ?, "
                + "resolution = 'MANUAL', evidence = ? where raw_name = ? and coalesce(state, '') = ?")) {
            update.setString(1, decision.operator().name());
            update.setString(2, decision.fips());
            update.setString(3, "decided by " + decision.who() + " on " + java.time.LocalDate.now() + ": "
                    + decision.why());
            update.setString(4, decision.rawName());
            update.setString(5, state);
            return update.executeUpdate();
        }
    }
}
