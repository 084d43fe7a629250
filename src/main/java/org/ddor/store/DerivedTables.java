package org.ddor.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The tables DDOR derives from the store's records for fast reading: {@code unit_day} (the ranking's
 * figures per unit and day, which the site's rankings, county map and series sum over a period),
 * {@code unit_name} (how a ranking names each unit) and {@code facility_records}. They are rebuilt
 * whole from the records (derived/unit_day.sql): an import calls {@link #refresh} in its transaction,
 * as does the migration that adds them, so they never disagree with the records they come from.
 * Not thread-safe (one connection).
 */
public final class DerivedTables {

    private DerivedTables() {
    }

    /** Rebuilds the derived tables from the store's records, in the connection's current transaction. */
    public static void refresh(Connection connection) throws SQLException {
        Query.script(connection, DerivedTables.class, "derived/unit_day.sql");
    }
}
