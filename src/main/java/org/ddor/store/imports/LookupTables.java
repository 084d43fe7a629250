package org.ddor.store.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.LiftReasons;
import org.ddor.ingest.DetainerField;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Small temporary tables the set-based import joins against: state names and codes, the lift
 * reason taxonomy, charge categories, and the file's own header text per field (for rejects).
 */
final class LookupTables {

    private LookupTables() {
    }

    static void create(Connection connection, Gazetteer gazetteer, ProbedHeader header) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("create or replace temp table ddor_state_lookup (key varchar, usps varchar)");
            statement.execute("create or replace temp table ddor_outcome_lookup (key varchar, outcome varchar)");
            statement.execute("create or replace temp table ddor_charge_category (prefix varchar, category varchar)");
            statement.execute("create or replace temp table ddor_field_header (field_column varchar, header_text varchar)");
        }
        try (var insert = connection.prepareStatement("insert into ddor_state_lookup values (?, ?)")) {
            for (Jurisdiction state : gazetteer.states()) {
                addBatch(insert, state.name().toUpperCase(Locale.ROOT), state.state());
                addBatch(insert, state.state().toUpperCase(Locale.ROOT), state.state());
            }
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement("insert into ddor_outcome_lookup values (?, ?)")) {
            for (Map.Entry<String, org.ddor.domain.Outcome> entry : LiftReasons.table().entrySet()) {
                addBatch(insert, entry.getKey(), entry.getValue().name());
            }
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement("insert into ddor_charge_category values (?, ?)")) {
            for (String[] row : chargeCategories()) {
                addBatch(insert, row[0], row[1]);
            }
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement("insert into ddor_field_header values (?, ?)")) {
            for (Map.Entry<DetainerField, Integer> column : header.match().columns().entrySet()) {
                addBatch(insert, column.getKey().column(), header.cells().get(column.getValue()));
            }
            insert.executeBatch();
        }
    }

    private static void addBatch(java.sql.PreparedStatement insert, String first, String second) throws SQLException {
        insert.setString(1, first);
        insert.setString(2, second);
        insert.addBatch();
    }

    private static java.util.List<String[]> chargeCategories() {
        var in = LookupTables.class.getResourceAsStream("/org/ddor/ingest/charge_categories.csv");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#") && !line.startsWith("prefix,"))
                    .map(line -> line.split(",", 2)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A header row with how it matched. */
    record ProbedHeader(java.util.List<String> cells, HeaderMatch match) {
    }
}
