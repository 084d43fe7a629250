package org.ddor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a named SQL resource with bound parameters ({@code $1}, {@code $2}, … or {@code ?}) and maps
 * its rows. SQL text comes only from resources; request and user values are always bound.
 */
public final class Query {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private Query() {
    }

    /** All rows of resource {@code name} (beside {@code owner}), mapped. */
    public static <T> List<T> list(Connection connection, Class<?> owner, String name, RowMapper<T> mapper,
                                   Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, owner, name, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** The single row of resource {@code name}, mapped; throws if there is none. */
    public static <T> T one(Connection connection, Class<?> owner, String name, RowMapper<T> mapper,
                            Object... parameters) throws SQLException {
        List<T> rows = list(connection, owner, name, mapper, parameters);
        if (rows.isEmpty()) {
            throw new IllegalStateException("query " + name + " returned no row");
        }
        return rows.get(0);
    }

    /** Runs one statement of resource {@code name} that returns no rows (DDL, insert), with bound parameters. */
    public static void execute(Connection connection, Class<?> owner, String name, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, owner, name, parameters)) {
            statement.execute();
        }
    }

    /** Runs every statement of a script resource (no parameters, no results). */
    public static void script(Connection connection, Class<?> owner, String name) throws SQLException {
        try (var statement = connection.createStatement()) {
            for (String sql : SqlResource.statements(SqlResource.load(owner, name))) {
                statement.execute(sql);
            }
        }
    }

    private static PreparedStatement prepare(Connection connection, Class<?> owner, String name, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(SqlResource.load(owner, name));
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
