package org.ddor.store.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.store.Store;

/**
 * Test support for imports: stores copied from one template (creating a store loads the gazetteer,
 * about a second; copying the file takes milliseconds), the fixture files, snapshots and queries.
 */
final class ImportFixtures {

    private static Path template;

    private ImportFixtures() {
    }

    /** A fresh, empty store at {@code folder/ddor.duckdb}, opened. */
    static Store openStore(Path folder) {
        return Store.open(storeFile(folder));
    }

    /** A fresh, empty store file at {@code folder/ddor.duckdb}, closed (for the command line and child JVMs). */
    static Path storeFile(Path folder) {
        Path target = folder.resolve("ddor.duckdb");
        try {
            Files.createDirectories(folder);
            Files.copy(template(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static synchronized Path template() throws IOException {
        if (template == null) {
            Path folder = Files.createTempDirectory("ddor-template-");
            Path file = folder.resolve("template.duckdb");
            Store.open(file).close();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(folder, file)));
            template = file;
        }
        return template;
    }

    private static void deleteQuietly(Path folder, Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(Path.of(file + ".wal"));
            Files.deleteIfExists(folder);
        } catch (IOException ignored) {
            // A leftover temporary file is harmless.
        }
    }

    /** A committed fixture of this package, e.g. {@code foia_2015.csv}. */
    static Path fixture(String name) {
        try {
            var url = ImportFixtures.class.getResource(name);
            if (url == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture copied into {@code folder} under another name (same content, same checksum). */
    static Path copyFixture(String name, Path folder, String newName) throws IOException {
        return Files.copy(fixture(name), folder.resolve(newName), StandardCopyOption.REPLACE_EXISTING);
    }

    static ImportOptions options(Path folder) {
        return ImportOptions.defaults().withRejectsFile(folder.resolve("rejects.csv"));
    }

    static ImportResult importFile(Store store, Path file, ImportOptions options) {
        return new Importer(store).importFile(file, options, ImportProgress.SILENT);
    }

    static long count(Store store, String sql) throws SQLException {
        try (var statement = store.connection().createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Every row of a query, each as its columns' text (null stays null). */
    static List<List<String>> rows(Store store, String sql) throws SQLException {
        List<List<String>> result = new ArrayList<>();
        try (var statement = store.connection().createStatement(); var rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> row = new ArrayList<>(columns);
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getString(i));
                }
                result.add(row);
            }
        }
        return result;
    }

    /** The single text value of a query (the first column of its only row). */
    static String value(Store store, String sql) throws SQLException {
        List<List<String>> rows = rows(store, sql);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + ", got " + rows);
        }
        return rows.get(0).get(0);
    }

    /** Row count and an order-independent checksum of every row, per table of the store. */
    static Map<String, String> snapshot(Store store) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        for (List<String> table : rows(store, "select table_name from information_schema.tables "
                + "where table_schema = 'main' and table_type = 'BASE TABLE' order by table_name")) {
            String name = table.get(0);
            List<String> summary = rows(store, "select count(*), coalesce(sum(hash(t)), 0) from \"" + name + "\" t").get(0);
            tables.put(name, summary.get(0) + " rows, checksum " + summary.get(1));
        }
        return tables;
    }

    /** All text DDOR stored for detainers, facilities and rejects, to search for what must never be there. */
    static String storedText(Store store) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String table : List.of("detainer", "facility", "import_reject", "source_release")) {
            for (List<String> row : rows(store, "select t::varchar from \"" + table + "\" t")) {
                text.append(row.get(0)).append('\n');
            }
        }
        return text.toString();
    }
}
