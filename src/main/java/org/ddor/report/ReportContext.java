package org.ddor.report;

import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.store.Query;

/**
 * Prepares a connection for reports: the temporary views every report selects from
 * ({@code ddor_attributed}, {@code ddor_policy_scope}; see attribution.sql). Cheap: views only.
 */
public final class ReportContext {

    private ReportContext() {
    }

    public static void prepare(Connection connection) throws SQLException {
        Query.script(connection, ReportContext.class, "attribution.sql");
    }

    /** True when the store holds any generated sample data: every output must say so. */
    public static boolean holdsGeneratedData(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from source_release where generated")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
