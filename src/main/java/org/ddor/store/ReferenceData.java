package org.ddor.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.domain.Jurisdiction;
import org.ddor.ingest.reference.Gazetteer;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Loads the gazetteer's states and counties into a store's jurisdiction table when it is empty. */
final class ReferenceData {

    private ReferenceData() {
    }

    /** Loads the gazetteer (read only when the table is empty: parsing it costs every command time). */
    static void ensureLoaded(Connection connection, java.util.function.Supplier<Gazetteer> gazetteerSource) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from jurisdiction")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
        }
        // An appender, not a JDBC batch: DuckDB runs a batch one statement at a time.
        try (DuckDBAppender insert = connection.unwrap(DuckDBConnection.class)
                .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "jurisdiction")) {
            Gazetteer gazetteer = gazetteerSource.get();
            for (Jurisdiction jurisdiction : gazetteer.states()) {
                add(insert, jurisdiction);
            }
            for (Jurisdiction jurisdiction : gazetteer.counties()) {
                add(insert, jurisdiction);
            }
        }
    }

    private static void add(DuckDBAppender insert, Jurisdiction jurisdiction) throws SQLException {
        insert.beginRow().append(jurisdiction.fips()).append(jurisdiction.kind().name()).append(jurisdiction.name())
                .append(jurisdiction.state()).append(jurisdiction.aor()).endRow();
    }
}
