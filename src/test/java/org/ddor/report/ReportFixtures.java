package org.ddor.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;

/**
 * Test support for reports: stores built from committed fixture files through the real import
 * pipeline (copied from one template store: creating a store loads the gazetteer, about a second),
 * report parameters, and every {@link Count} of a report model. Not thread-safe.
 */
public final class ReportFixtures {

    private static Path template;

    private ReportFixtures() {
    }

    /** A fresh store at {@code folder/ddor.duckdb} with the fixture files imported, in order. */
    public static Store storeWith(Path folder, String... fixtures) {
        Store store = Store.open(copyOfTemplate(folder));
        for (String fixture : fixtures) {
            importFile(store, fixture(fixture), folder);
        }
        return store;
    }

    /** Imports one file under its own name; fails the test when any row is rejected. */
    public static ImportResult importFile(Store store, Path file, Path folder) {
        ImportOptions options = ImportOptions.defaults().withRejectsFile(folder.resolve(file.getFileName() + ".rejects.csv"));
        ImportResult result = new Importer(store).importFile(file, options, ImportProgress.SILENT);
        if (result.rowsRejected() > 0) {
            throw new AssertionError(file + ": " + result.rowsRejected() + " rows rejected; see " + result.rejectsFile());
        }
        return result;
    }

    /** A committed test resource by absolute resource path, e.g. "/org/ddor/report/golden/input/policies.csv". */
    public static Path fixture(String resource) {
        try {
            var url = ReportFixtures.class.getResource(resource);
            if (url == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The report of the Saturday-to-Friday week containing {@code day}, in the given edition (threshold 5). */
    public static DdorParameters week(String day, Edition edition) {
        return new DdorParameters(Period.week(LocalDate.parse(day), java.time.DayOfWeek.SATURDAY),
                DdorParameters.DEFAULT_TOP, new Suppression(edition, Suppression.DEFAULT_THRESHOLD),
                DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
    }

    public static DdorReport build(Store store, DdorParameters parameters) throws SQLException {
        return new DdorReportBuilder(store.connection()).build(parameters);
    }

    /** Every count of a report model, by its figure key, in the model's order. Keys are unique. */
    public static Map<String, Count> figures(Object model) {
        Map<String, Count> figures = new LinkedHashMap<>();
        collect(model, figures);
        return figures;
    }

    private static void collect(Object value, Map<String, Count> figures) {
        if (value instanceof Count count) {
            if (figures.put(count.trace(), count) != null) {
                throw new AssertionError("two figures have the key " + count.trace());
            }
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, figures));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), figures);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static synchronized Path copyOfTemplate(Path folder) {
        try {
            if (template == null) {
                Path templateFolder = Files.createTempDirectory("ddor-report-template-");
                Path file = templateFolder.resolve("template.duckdb");
                Store.open(file).close();
                template = file;
            }
            Files.createDirectories(folder);
            return Files.copy(template, folder.resolve("ddor.duckdb"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
