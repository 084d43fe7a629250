package org.ddor.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.ddor.store.Query;

/**
 * Prepares a connection for reports: the temporary views and macros every report selects from
 * ({@code ddor_attributed}, {@code ddor_attribute}, {@code ddor_policy_scope}; see attribution.sql) and the
 * follow-up groups ({@code ddor_followed}, followup/followed.sql).
 * Thread-safe.
 */
public final class ReportContext {

    /**
     * Connections already prepared. Creating the views is DDL, several ms per statement in DuckDB,
     * which a warm report would pay on every build; temporary views live as long as their
     * connection, so once per connection is enough. Weak keys: a closed connection is forgotten.
     */
    private static final Map<Connection, Boolean> PREPARED = Collections.synchronizedMap(new WeakHashMap<>());

    private ReportContext() {
    }

    /** Creates the views on {@code connection} unless this class already did. */
    public static void prepare(Connection connection) throws SQLException {
        if (PREPARED.containsKey(connection)) {
            return;
        }
        Query.script(connection, ReportContext.class, "attribution.sql");
        Query.script(connection, ReportContext.class, "derived.sql");
        Query.script(connection, ReportContext.class, "followup/followed.sql");
        PREPARED.put(connection, Boolean.TRUE);
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
