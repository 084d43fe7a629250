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
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

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
        // Appenders, not batched inserts: DuckDB runs a JDBC batch one statement at a time.
        DuckDBConnection duck = connection.unwrap(DuckDBConnection.class);
        try (DuckDBAppender states = duck.createAppender("temp", "main", "ddor_state_lookup")) {
            for (Jurisdiction state : gazetteer.states()) {
                states.beginRow().append(state.name().toUpperCase(Locale.ROOT)).append(state.state()).endRow();
                states.beginRow().append(state.state().toUpperCase(Locale.ROOT)).append(state.state()).endRow();
            }
        }
        try (DuckDBAppender outcomes = duck.createAppender("temp", "main", "ddor_outcome_lookup")) {
            for (Map.Entry<String, org.ddor.domain.Outcome> entry : LiftReasons.table().entrySet()) {
                outcomes.beginRow().append(entry.getKey()).append(entry.getValue().name()).endRow();
            }
        }
        try (DuckDBAppender categories = duck.createAppender("temp", "main", "ddor_charge_category")) {
            for (String[] row : chargeCategories()) {
                categories.beginRow().append(row[0]).append(row[1]).endRow();
            }
        }
        try (DuckDBAppender fields = duck.createAppender("temp", "main", "ddor_field_header")) {
            java.util.List<String> names = header.stagingNames();
            for (int index = 0; index < names.size(); index++) {
                String text = index < header.cells().size() ? header.cells().get(index) : "";
                fields.beginRow().append(names.get(index)).append(text).endRow();
            }
        }
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

        /**
         * The name of each column in DDOR's staging tables, by position: a field's {@link DetainerField#column()},
         * or {@code unused_N} for a column DDOR does not read. Never header text.
         */
        java.util.List<String> stagingNames() {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (int index = 0; index < match.width(); index++) {
                names.add("unused_" + index);
            }
            match.columns().forEach((field, index) -> names.set(index, field.column()));
            return names;
        }
    }
}
