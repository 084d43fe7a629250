package org.ddor.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * Per connection that keeps its statements, the statements prepared on it by SQL text. Planning a
     * statement costs DuckDB 1 to 7 ms, often more than running it over a derived table; a server that
     * runs the same few dozen statements on each of its pooled connections prepares each once.
     */
    private static final Map<Connection, Map<String, PreparedStatement>> KEPT =
            Collections.synchronizedMap(new IdentityHashMap<>());

    private Query() {
    }

    /**
     * From now on {@link #list} and {@link #one} keep the statements they prepare on {@code connection}
     * and reuse them. For a connection that one thread at a time uses for reading, such as a pooled one;
     * call {@link #forgetStatements} before closing it.
     */
    public static void keepStatements(Connection connection) {
        KEPT.put(connection, new HashMap<>());
    }

    /** Closes the statements kept for {@code connection} and stops keeping them. */
    public static void forgetStatements(Connection connection) {
        Map<String, PreparedStatement> kept = KEPT.remove(connection);
        if (kept != null) {
            kept.values().forEach(Query::closeQuietly);
        }
    }

    /** All rows of resource {@code name} (beside {@code owner}), mapped. */
    public static <T> List<T> list(Connection connection, Class<?> owner, String name, RowMapper<T> mapper,
                                   Object... parameters) throws SQLException {
        Map<String, PreparedStatement> kept = KEPT.get(connection);
        if (kept == null) {
            try (PreparedStatement statement = prepare(connection, owner, name, parameters)) {
                return rows(statement, mapper);
            }
        }
        String sql = SqlResource.load(owner, name);
        PreparedStatement statement = kept.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            kept.put(sql, statement);
        }
        try {
            bind(statement, parameters);
            return rows(statement, mapper);
        } catch (SQLException | RuntimeException e) {
            kept.remove(sql);
            closeQuietly(statement);
            throw e;
        }
    }

    private static <T> List<T> rows(PreparedStatement statement, RowMapper<T> mapper) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
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
        bind(statement, parameters);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // A statement that failed or belongs to a connection being closed: nothing more to do.
        }
    }
}
