package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import org.ddor.store.SqlResource;

/**
 * Runs the SQL files of an import (resources beside the importer) on one connection, binding
 * parameters in order across a script's statements. Not thread-safe, like the connection.
 */
final class ImportSql {

    private final Connection connection;
    private final String folder;

    /** @param folder the resource folder of the scripts, e.g. "/org/ddor/store/imports/canonical/" */
    ImportSql(Connection connection, String folder) {
        this.connection = connection;
        this.folder = folder;
    }

    /** Runs every statement of script {@code name}; returns the rows changed by the last one. */
    long script(String name, Object... parameters) throws SQLException {
        int next = 0;
        long changed = 0;
        for (String sql : SqlResource.statements(SqlResource.load(ImportSql.class, folder + name))) {
            try (var statement = connection.prepareStatement(sql)) {
                for (int i = 1; i <= SqlResource.placeholders(sql); i++) {
                    statement.setObject(i, parameters[next++]);
                }
                changed = statement.execute() ? 0 : statement.getLargeUpdateCount();
            }
        }
        return changed;
    }

    /** The single number that script {@code name} (one query) returns. */
    long countScript(String name, Object... parameters) throws SQLException {
        return count(SqlResource.load(ImportSql.class, folder + name), parameters);
    }

    /** The single number a query (DDOR's own SQL text, parameters bound) returns. */
    long count(String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
