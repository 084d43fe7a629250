package org.ddor.bench.jmh;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ddor.ingest.HeaderMatch;
import org.ddor.ingest.sample.GeneratorOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Parsing a generated ero-lesa csv (61 columns): with FastCSV (what DDOR's own readers use), and with DuckDB's
 * read_csv as DDOR's importer runs it (CsvTable: no sniffing, every column text, strict mode, rejects kept,
 * only the columns DDOR stores kept) into a temporary table, the first step of 'ddor import' (and the same
 * without keeping rejects, to show what that costs). One operation = the whole file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvParsingBenchmark {

    @Param({"20000"})
    public long rows;

    private Path folder;
    private Path csv;
    private Connection duck;
    private String readCsv;
    private String readCsvWithoutRejects;

    @Setup
    public void setUp() throws Exception {
        folder = SampleFiles.folder();
        csv = SampleFiles.eroLesa(folder, rows, GeneratorOptions.Format.CSV).file();
        List<String> header = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (String name : reader.readLine().split(",", -1)) {
                header.add(name.replace("\"", ""));
            }
        }
        List<String> names = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add("'c" + i + "': 'VARCHAR'");
            all.add("c" + i);
        }
        // As the importer reads (CsvTable.read): only the columns DDOR stores, and whether the row is empty.
        List<String> kept = HeaderMatch.of(header).columns().values().stream().map(i -> "c" + i).toList();
        readCsv = "create or replace temp table ddor_raw as select " + String.join(", ", kept) + ", coalesce("
                + String.join(", ", all) + ") is null as empty_row from read_csv('" + csv.toAbsolutePath()
                + "', auto_detect = false, header = false, skip = 1, delim = ',', quote = '\"', escape = '\"', "
                + "strict_mode = true, columns = {" + String.join(", ", names) + "}, store_rejects = true, "
                + "rejects_table = 'ddor_csv_rejects', rejects_scan = 'ddor_csv_scan', max_line_size = 1048576)";
        // The same read without keeping rejects: what the rejects bookkeeping costs.
        readCsvWithoutRejects = readCsv.replace(", store_rejects = true, "
                + "rejects_table = 'ddor_csv_rejects', rejects_scan = 'ddor_csv_scan'", "");
        duck = DriverManager.getConnection("jdbc:duckdb:");
    }

    @TearDown
    public void tearDown() throws Exception {
        duck.close();
        SampleFiles.delete(folder);
    }

    @Benchmark
    public long fastCsv() throws Exception {
        long fields = 0;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv)) {
            for (CsvRecord record : reader) {
                fields += record.getFieldCount() + record.getField(0).length();
            }
        }
        return fields;
    }

    @Benchmark
    public long duckdbReadCsv() throws Exception {
        try (Statement sql = duck.createStatement()) {
            sql.execute("drop table if exists ddor_csv_rejects");
            sql.execute("drop table if exists ddor_csv_scan");
            sql.execute(readCsv);
            try (ResultSet count = sql.executeQuery("select count(*) from ddor_raw")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    @Benchmark
    public long duckdbReadCsvWithoutRejects() throws Exception {
        try (Statement sql = duck.createStatement()) {
            sql.execute(readCsvWithoutRejects);
            try (ResultSet count = sql.executeQuery("select count(*) from ddor_raw")) {
                count.next();
                return count.getLong(1);
            }
        }
    }
}
