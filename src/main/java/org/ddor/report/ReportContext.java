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
        if (PREPARED.containsKey(connection)) {
            return;
        }
        Query.script(connection, ReportContext.class, "attribution.sql");
        PREPARED.put(connection, Boolean.TRUE);
    }

    /**
     * Connections whose views exist already. The views are bound by name when a query runs, so once made
     * they serve every later report on that connection; making them again costs about 10 ms, which a web
     * server reusing its connections would pay on every request. Weak keys: a closed connection drops out.
     */
    private static final java.util.Map<Connection, Boolean> PREPARED =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * Prepares the views and materialises {@code ddor_attributed_period}: the attribution of the
     * detainers issued, recorded as declined or with an outcome between {@code from} and {@code to}.
     */
    public static void prepare(Connection connection, java.time.LocalDate from, java.time.LocalDate to)
            throws SQLException {
        prepare(connection);
        Query.execute(connection, ReportContext.class, "attribution_period.sql", from, to);
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
