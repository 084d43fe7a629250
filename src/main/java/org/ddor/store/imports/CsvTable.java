package org.ddor.store.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.DoubleConsumer;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputLimits;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Reads a CSV file into a temporary table with DuckDB's reader: every column as text under DDOR's own
 * names (never header text), records it cannot split into {@code ddor_csv_rejects} with their record
 * number, and empty lines into {@code ddor_empty_lines}. Not thread-safe.
 */
final class CsvTable {

    private final Connection connection;
    private final InputLimits limits;
    private final DoubleConsumer share;

    CsvTable(Connection connection, InputLimits limits) {
        this(connection, limits, null);
    }

    /** Reports the share of each file read to {@code share} (from a thread of its own) while it is read. */
    CsvTable(Connection connection, InputLimits limits, DoubleConsumer share) {
        this.connection = connection;
        this.limits = limits;
        this.share = share;
    }

    /**
     * Reads the records after the first {@code skipRecords} (title rows, empty lines and the header) into the
     * temporary table {@code table}: the given {@code columns} (select expressions over the file's columns, which
     * carry the given {@code names}) and whether the row is empty (every field blank), as {@code empty_row}.
     * Cleaning values as they are read spares a copy of a million-row table; materialising the columns DDOR does
     * not read would double the time of a wide ICE release.
     * The dialect is given, not sniffed: DuckDB's sniffer gives up on a file whose first rows have a stray
     * quote, and a file's problems should be its rows' rejects, not a refusal of the whole file.
     */
    void read(Path file, int skipRecords, List<String> names, List<String> columns, String table) throws SQLException {
        load("create or replace temp table " + table + " as ", file, skipRecords, names, columns);
    }

    /**
     * Reads a further file of the same shape into {@code table}, made by {@link #read}; its rejects join the
     * earlier ones with a scan id of their own.
     */
    void append(Path file, int skipRecords, List<String> names, List<String> columns, String table) throws SQLException {
        load("insert into " + table + " ", file, skipRecords, names, columns);
    }

    private void load(String into, Path file, int skipRecords, List<String> names, List<String> columns) throws SQLException {
        String types = String.join(", ", names.stream().map(name -> "'" + name + "': 'VARCHAR'").toList());
        String sql = into + "select " + String.join(", ", columns)
                + ", coalesce(" + String.join(", ", names) + ") is null as empty_row"
                + " from read_csv(?, auto_detect = false, "
                + "header = false, skip = " + skipRecords + ", delim = ',', quote = '\"', escape = '\"', "
                + "strict_mode = true, columns = {" + types + "}, store_rejects = true, "
                + "rejects_table = 'ddor_csv_rejects', rejects_scan = 'ddor_csv_scan', "
                + "max_line_size = " + limits.maxFieldBytes() + ")";
        try (var read = connection.prepareStatement(sql)) {
            read.setString(1, file.toAbsolutePath().toString());
            if (share == null) {
                read.execute();
            } else {
                try (var progress = StatementProgress.watch(connection, read, share)) {
                    read.execute();
                }
            }
        } catch (SQLException e) {
            throw new InputException(file + ": cannot read as CSV: " + explain(e.getMessage()), e);
        }
    }

    /** Records the empty lines after the header in {@code ddor_empty_lines(line)}. */
    void findEmptyLines(Path file, int headerRow) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("create or replace temp table ddor_empty_lines (line bigint)");
        }
        try (DuckDBAppender lines = connection.unwrap(DuckDBConnection.class)
                .createAppender("temp", "main", "ddor_empty_lines")) {
            EmptyLines.find(file, headerRow, line -> append(lines, line));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static void append(DuckDBAppender lines, long line) {
        try {
            lines.beginRow().append(line).endRow();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record an empty line: " + e.getMessage(), e);
        }
    }

    /** DuckDB's first line, or what it means when DuckDB's words would not help. */
    private static String explain(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse(message);
        if (first.contains("state machine reached an invalid state")) {
            return "a carriage return outside quotes breaks the lines (mixed line endings?); "
                    + "save the file again with one kind of line ending";
        }
        return first;
    }
}
