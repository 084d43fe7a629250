package org.ddor.report.ranking;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.ddor.store.Query;

/**
 * How a ranking names its units: name, kind, state, AOR and detail (the store's unit_name table,
 * derived at import). A ranking names only the units it shows, and, when filtered, those it filters.
 */
@FunctionalInterface
public interface UnitNames {

    /** A unit as a ranking names it. */
    record UnitName(String key, String name, String kind, String state, String aor, String detail) {
    }

    /** The names of the units of {@code unit} with these keys, by key; keys the store does not know are left out. */
    Map<String, UnitName> of(RankingUnit unit, Collection<String> keys) throws SQLException;

    /** Asks the store for the names each time (unit_names.sql). Not thread-safe: the connection's. */
    static UnitNames asking(Connection connection) {
        return (unit, keys) -> {
            Map<String, UnitName> names = new HashMap<>();
            if (!keys.isEmpty()) {
                Query.list(connection, UnitNames.class, "unit_names.sql", row -> names.put(row.getString(1), read(row)),
                        unit.name(), String.join(",", keys));
            }
            return names;
        };
    }

    /**
     * Every unit's name, read once (about 8,000 rows): for a server that ranks many times between two
     * imports, since naming the shown units costs about a third of a one-week ranking. The names are
     * those of the store's contents when read; read them again after an import. Immutable, thread-safe.
     */
    static UnitNames readAll(Connection connection) throws SQLException {
        Map<RankingUnit, Map<String, UnitName>> all = new EnumMap<>(RankingUnit.class);
        for (RankingUnit unit : RankingUnit.values()) {
            all.put(unit, new HashMap<>());
        }
        Query.list(connection, UnitNames.class, "all_unit_names.sql",
                row -> all.get(RankingUnit.valueOf(row.getString(7))).put(row.getString(1), read(row)));
        return (unit, keys) -> {
            Map<String, UnitName> names = new HashMap<>();
            for (String key : keys) {
                UnitName name = all.get(unit).get(key);
                if (name != null) {
                    names.put(key, name);
                }
            }
            return names;
        };
    }

    private static UnitName read(java.sql.ResultSet row) throws SQLException {
        return new UnitName(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6));
    }
}
