package org.ddor.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.ddor.ingest.xlsx.XlsxFiles;
import org.ddor.report.ReportContext;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The benchmark's helpers that need DuckDB (compiled by bench/run against DDOR's classpath):
 *
 * <pre>
 *   lookup STORE OUTDIR               reference files for the peers, exported from a DDOR store after import:
 *                                     facility_lookup.csv (facility name, city, state, code as the ero-lesa
 *                                     file spells them, jurisdiction FIPS; only facilities DDOR attributes to a
 *                                     county, city or state) and policy_scope.csv (FIPS, effective_from,
 *                                     effective_to: the restrictive policies in effect, state-wide ones spread
 *                                     to every county of the state, as DDOR's reports apply them)
 *   duckdb FILE REFDIR FROM TO OUT    the "database alone" peer: DuckDB's own CSV loader (an xlsx is streamed
 *                                     through fastexcel-reader into a DuckDB appender, DuckDB having no xlsx
 *                                     reader without a downloaded extension) and hand-written SQL for the
 *                                     weekly figures; writes them as JSON
 *   phases STORE FILE WEEKDAY         where DDOR's cold import and report spend their time: the same work as
 *                                     'ddor import FILE' and 'ddor report ddor --week WEEKDAY' in one process,
 *                                     with the wall time of each phase (STORE is modified: pass a copy);
 *                                     without FILE, the phases of a cold report on an imported STORE
 * </pre>
 */
public final class BenchTool {

    /** The eight columns every peer reads (snake case, as the csv spells them). */
    static final List<String> COLUMNS = List.of("detainer_prepare_date", "facility_state", "detention_facility",
            "detention_facility_code", "facility_city", "detainer_lift_reason", "unique_identifier",
            "duplicate_likely");

    private BenchTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("lookup")) {
            lookup(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 6 && args[0].equals("duckdb")) {
            duckdb(Path.of(args[1]), Path.of(args[2]), LocalDate.parse(args[3]), LocalDate.parse(args[4]),
                    Path.of(args[5]));
        } else if (args.length == 4 && args[0].equals("phases")) {
            Phases.run(Path.of(args[1]), Path.of(args[2]), LocalDate.parse(args[3]));
        } else if (args.length == 3 && args[0].equals("phases")) {
            Phases.run(Path.of(args[1]), null, LocalDate.parse(args[2]));
        } else {
            System.err.println("usage: BenchTool phases STORE [FILE] WEEKDAY | lookup STORE OUTDIR | duckdb FILE REFDIR FROM TO OUT.json");
            System.exit(2);
        }
    }

    // ---------------------------------------------------------------------------------------------- lookup

    static void lookup(Path store, Path outDir) throws SQLException, IOException {
        Files.createDirectories(outDir);
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + store.toAbsolutePath(), readOnly);
             Statement sql = connection.createStatement()) {
            // The facility table keeps the state as a USPS code; the ero-lesa files spell it in full, upper case.
            sql.execute("copy (select f.raw_name as detention_facility, f.city as facility_city, "
                    + "upper(s.name) as facility_state, f.ice_code as detention_facility_code, "
                    + "f.jurisdiction_fips as fips "
                    + "from facility f join jurisdiction s on s.kind = 'STATE' and s.state = f.state "
                    + "where f.resolution in ('RULE', 'MANUAL') and f.operator in ('COUNTY', 'CITY', 'STATE') "
                    + "and f.jurisdiction_fips is not null "
                    + "order by 1, 2, 3, 4) to '" + outDir.resolve("facility_lookup.csv") + "' (header, delimiter ',')");
            ReportContext.prepare(connection);
            sql.execute("copy (select distinct jurisdiction_fips as fips, effective_from, effective_to "
                    + "from ddor_policy_scope where effective_from is not null order by 1, 2) to '"
                    + outDir.resolve("policy_scope.csv") + "' (header, delimiter ',')");
            try (ResultSet rows = sql.executeQuery("select (select count(*) from facility), "
                    + "(select count(*) from read_csv('" + outDir.resolve("facility_lookup.csv") + "')), "
                    + "(select count(*) from read_csv('" + outDir.resolve("policy_scope.csv") + "'))")) {
                rows.next();
                System.out.printf(Locale.ROOT, "lookup: %d of %d facilities attributed; %d (jurisdiction, policy period) rows%n",
                        rows.getLong(2), rows.getLong(1), rows.getLong(3));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- duckdb

    static void duckdb(Path file, Path refDir, LocalDate from, LocalDate to, Path out) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement sql = connection.createStatement()) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
                loadXlsx(connection, file);
            } else {
                // DuckDB's own loader: sniffed dialect and types, NA as missing; only the columns used are kept.
                sql.execute("create table d as select " + String.join(", ", COLUMNS)
                        + " from read_csv('" + file.toAbsolutePath() + "', header = true, nullstr = 'NA')");
            }
            sql.execute("create table lookup as select * from read_csv('" + refDir.resolve("facility_lookup.csv")
                    + "', header = true, all_varchar = true)");
            sql.execute("create table policy as select fips, cast(effective_from as date) as effective_from, "
                    + "cast(effective_to as date) as effective_to from read_csv('" + refDir.resolve("policy_scope.csv")
                    + "', header = true, all_varchar = true)");
            // The week's rows in file order, less duplicates: a row flagged duplicate_likely that repeats an
            // earlier row's person, day and facility (duplicates share the day, so the week holds both).
            try (PreparedStatement week = connection.prepareStatement(
                    "create table w as select x.*, l.fips from ("
                    + " select rowid as rid, *, coalesce(duplicate_likely, false) and rowid > min(rowid) over ("
                    + "   partition by unique_identifier, detainer_prepare_date, detention_facility, facility_city,"
                    + "   facility_state, detention_facility_code) as dup"
                    + " from d where detainer_prepare_date between ? and ?) x"
                    + " left join lookup l using (detention_facility, facility_city, facility_state, detention_facility_code)"
                    + " where not x.dup")) {
                week.setObject(1, from);
                week.setObject(2, to);
                week.execute();
            }
            long issued;
            long declined;
            try (ResultSet rows = sql.executeQuery("select count(*), count(*) filter "
                    + "(where detainer_lift_reason = 'Detainer Declined by LEA') from w")) {
                rows.next();
                issued = rows.getLong(1);
                declined = rows.getLong(2);
            }
            List<Object[]> section1 = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select fips, count(distinct rid) as n from w join policy p using (fips) "
                    + "where detainer_prepare_date >= p.effective_from "
                    + "and (p.effective_to is null or detainer_prepare_date < p.effective_to) "
                    + "group by fips order by n desc, fips limit 10")) {
                while (rows.next()) {
                    section1.add(new Object[] {rows.getString(1), rows.getLong(2)});
                }
            }
            Map<String, Long> section2 = new LinkedHashMap<>();
            try (ResultSet rows = sql.executeQuery("select fips, count(*) from w "
                    + "where detainer_lift_reason = 'Detainer Declined by LEA' and fips is not null "
                    + "group by fips order by fips")) {
                while (rows.next()) {
                    section2.put(rows.getString(1), rows.getLong(2));
                }
            }
            writeFigures(out, "duckdb", issued, declined, section1, section2);
        }
    }

    /** Streams the sheet's eight columns into table d (found by header text, case and punctuation ignored). */
    private static void loadXlsx(Connection connection, Path file) throws Exception {
        try (Statement sql = connection.createStatement()) {
            sql.execute("create table staged (detainer_prepare_date date, facility_state varchar, "
                    + "detention_facility varchar, detention_facility_code varchar, facility_city varchar, "
                    + "detainer_lift_reason varchar, unique_identifier varchar, duplicate_likely boolean)");
        }
        int[] index = null;
        try (ReadableWorkbook workbook = XlsxFiles.open(file);
             Stream<Row> rows = workbook.getFirstSheet().openStream();
             DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                     .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged")) {
            for (Row row : (Iterable<Row>) rows::iterator) {
                if (index == null) {
                    index = header(row);
                    continue;
                }
                appender.beginRow();
                Cell day = cell(row, index[0]);
                if (day == null) {
                    appender.appendNull();
                } else if (day.getType() == CellType.NUMBER) {
                    appender.append(day.asDate().toLocalDate());
                } else {
                    appender.append(LocalDate.parse(day.getText().strip()));
                }
                for (int c = 1; c < 7; c++) {
                    Cell value = cell(row, index[c]);
                    String text = value == null ? null : value.getText().strip();
                    if (text == null || text.isEmpty() || text.equals("NA")) {
                        appender.appendNull();
                    } else {
                        appender.append(text);
                    }
                }
                Cell flag = cell(row, index[7]);
                if (flag == null) {
                    appender.appendNull();
                } else {
                    appender.append(flag.getType() == CellType.BOOLEAN ? flag.asBoolean()
                            : flag.getText().strip().equalsIgnoreCase("TRUE"));
                }
                appender.endRow();
            }
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table staged rename to d");
        }
    }

    private static Cell cell(Row row, int index) {
        if (index >= row.getCellCount()) {
            return null;
        }
        Cell cell = row.getCell(index);
        return cell == null || cell.getType() == CellType.EMPTY ? null : cell;
    }

    /** Column positions of COLUMNS when {@code row} is the header, else null (a title row). */
    private static int[] header(Row row) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            positions.putIfAbsent(row.getCellText(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_"), i);
        }
        if (!positions.containsKey(COLUMNS.get(0))) {
            return null;
        }
        int[] index = new int[COLUMNS.size()];
        for (int c = 0; c < index.length; c++) {
            Integer position = positions.get(COLUMNS.get(c));
            if (position == null) {
                throw new IllegalArgumentException("header has no column " + COLUMNS.get(c));
            }
            index[c] = position;
        }
        return index;
    }

    static void writeFigures(Path out, String tool, long issued, long declined, List<Object[]> section1,
                             Map<String, Long> section2) throws IOException {
        StringBuilder json = new StringBuilder("{\"tool\": \"").append(tool).append("\", \"issued\": ").append(issued)
                .append(", \"declined\": ").append(declined).append(", \"section1\": [");
        for (int i = 0; i < section1.size(); i++) {
            json.append(i == 0 ? "" : ", ").append("[\"").append(section1.get(i)[0]).append("\", ")
                    .append(section1.get(i)[1]).append(']');
        }
        json.append("], \"section2\": {");
        int i = 0;
        for (Map.Entry<String, Long> entry : section2.entrySet()) {
            json.append(i++ == 0 ? "" : ", ").append('"').append(entry.getKey()).append("\": ").append(entry.getValue());
        }
        json.append("}}\n");
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write(json.toString());
        }
    }
}
