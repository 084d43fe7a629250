package org.ddor.store.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddor.domain.CustodyEventKind;
import org.ddor.domain.DetainerType;
import org.ddor.domain.Jurisdiction;
import org.ddor.domain.Operator;
import org.ddor.domain.Outcome;
import org.ddor.domain.Resolution;
import org.ddor.ingest.CanonicalColumn;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.ProbedInput;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Loads a canonical CSV into {@code ddor_canon_rows}: the database parses it (streaming; records
 * it cannot split go to {@code ddor_canon_csv_rejects}), every canonical column becomes a text
 * column (null where empty or absent from the file), and each row gets its 1-based row in the
 * file. Also fills the vocabulary the checks compare against, from DDOR's enums.
 */
final class CanonicalStaging {

    private final Connection connection;
    private final ImportSql sql;
    private final Gazetteer gazetteer;
    private final InputLimits limits;

    CanonicalStaging(Connection connection, ImportSql sql, Gazetteer gazetteer, InputLimits limits) {
        this.connection = connection;
        this.sql = sql;
        this.gazetteer = gazetteer;
        this.limits = limits;
    }

    /** Stages the file; returns the number of records the CSV reader could not split. */
    long stage(ProbedInput input, Map<CanonicalColumn, Integer> columns) throws SQLException {
        sql.execute("drop table if exists ddor_canon_csv_rejects");
        sql.execute("drop table if exists ddor_canon_csv_scan");
        readCsv(input, columns);
        requireDataRows(input);
        sql.execute(stagedRows(columns));
        sql.execute("drop table ddor_canon_raw");
        sql.script("source_rows.sql", input.headerLine(), input.headerLine());
        createVocabulary();
        return sql.count("select count(distinct line) from ddor_canon_csv_rejects");
    }

    /** An export of an empty store is a header alone: nothing to import, and nothing to stage. */
    private void requireDataRows(ProbedInput input) throws SQLException {
        long records = sql.count("select count(*) from ddor_canon_raw")
                + sql.count("select count(*) from ddor_canon_csv_rejects");
        if (records == 0) {
            throw new InputException(input.path() + ": no data rows below the header (row " + input.headerRow() + ")");
        }
    }

    /** Column names are DDOR's own identifiers (the canonical columns), never header text. */
    private void readCsv(ProbedInput input, Map<CanonicalColumn, Integer> columns) throws SQLException {
        List<String> names = new ArrayList<>(java.util.Collections.nCopies(columns.size(), ""));
        columns.forEach((column, index) -> names.set(index, "'" + column.column() + "'"));
        String read = "create or replace temp table ddor_canon_raw as select * from read_csv(?, header = false, skip = "
                + input.headerLine() + ", all_varchar = true, delim = ',', quote = '\"', escape = '\"', "
                + "strict_mode = true, names = [" + String.join(", ", names) + "], store_rejects = true, "
                + "rejects_table = 'ddor_canon_csv_rejects', rejects_scan = 'ddor_canon_csv_scan', "
                + "max_line_size = " + limits.maxFieldBytes() + ")";
        try (var statement = connection.prepareStatement(read)) {
            statement.setString(1, input.path().toAbsolutePath().toString());
            statement.execute();
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage());
            throw new InputException(input.path() + ": cannot read as CSV: "
                    + message.lines().findFirst().orElse(message), e);
        }
    }

    /**
     * Every canonical column exactly as written, but null where it is empty or only spaces (and for
     * columns the file leaves out): text round-trips byte for byte, and "missing" has one form. The
     * ordinal counts from the table's first rowid: inside a transaction DuckDB numbers new rows
     * from 2^55, not from 0.
     */
    private static String stagedRows(Map<CanonicalColumn, Integer> columns) {
        StringBuilder select = new StringBuilder(
                "create or replace temp table ddor_canon_rows as select rowid + 1 - (select min(rowid) from ddor_canon_raw) "
                        + "as ordinal, cast(null as bigint) as file_row");
        for (CanonicalColumn column : CanonicalColumn.values()) {
            select.append(", ").append(columns.containsKey(column)
                    ? "case when trim(" + column.column() + ") <> '' then " + column.column() + " end"
                    : "cast(null as varchar)")
                    .append(" as ").append(column.column());
        }
        return select.append(" from ddor_canon_raw").toString();
    }

    private void createVocabulary() throws SQLException {
        sql.execute("create or replace temp table ddor_canon_vocabulary "
                + "(vocabulary varchar, value varchar, position integer)");
        sql.execute("create or replace temp table ddor_canon_state (key varchar, usps varchar)");
        try (var insert = connection.prepareStatement("insert into ddor_canon_vocabulary values (?, ?, ?)")) {
            add(insert, "version", List.of(CanonicalColumn.CURRENT_VERSION));
            add(insert, "type", names(DetainerType.values()));
            add(insert, "outcome", names(Outcome.values()));
            add(insert, "event_kind", names(CustodyEventKind.values()));
            add(insert, "operator", names(Operator.values()));
            add(insert, "resolution", names(Resolution.values()));
            insert.executeBatch();
        }
        try (var insert = connection.prepareStatement("insert into ddor_canon_state values (?, ?)")) {
            for (Jurisdiction state : gazetteer.states()) {
                for (String key : List.of(state.name().toUpperCase(Locale.ROOT), state.state().toUpperCase(Locale.ROOT))) {
                    insert.setString(1, key);
                    insert.setString(2, state.state());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static void add(java.sql.PreparedStatement insert, String vocabulary, List<String> values) throws SQLException {
        for (int position = 0; position < values.size(); position++) {
            insert.setString(1, vocabulary);
            insert.setString(2, values.get(position));
            insert.setInt(3, position);
            insert.addBatch();
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }
}
