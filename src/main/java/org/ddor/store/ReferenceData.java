package org.ddor.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.domain.Jurisdiction;
import org.ddor.ingest.reference.Gazetteer;

/** Loads the gazetteer's states and counties into a store's jurisdiction table when it is empty. */
final class ReferenceData {

    private ReferenceData() {
    }

    static void ensureLoaded(Connection connection, Gazetteer gazetteer) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from jurisdiction")) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
        }
        try (var insert = connection.prepareStatement("insert into jurisdiction values (?, ?, ?, ?, ?)")) {
            for (Jurisdiction jurisdiction : gazetteer.states()) {
                add(insert, jurisdiction);
            }
            for (Jurisdiction jurisdiction : gazetteer.counties()) {
                add(insert, jurisdiction);
            }
            insert.executeBatch();
        }
    }

    private static void add(java.sql.PreparedStatement insert, Jurisdiction jurisdiction) throws SQLException {
        insert.setString(1, jurisdiction.fips());
        insert.setString(2, jurisdiction.kind().name());
        insert.setString(3, jurisdiction.name());
        insert.setString(4, jurisdiction.state());
        insert.setString(5, jurisdiction.aor());
        insert.addBatch();
    }
}
