package org.ddor.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.render.publish.Publisher;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.Importer;

/**
 * One real server for every web test: a small store of generated sample data (15,000 detainers, about five weeks from
 * 2025-10-01 in the ero-lesa layout, and the sample policy table), two published versions of one week,
 * and {@link App} on port 0. Built once per test JVM and stopped when it exits.
 */
final class WebFixture {

    /** The week that has two published versions (the second with Section I's top 5 instead of 10). */
    static final Period PUBLISHED_WEEK = Period.week(LocalDate.of(2025, 10, 20), DayOfWeek.SATURDAY);

    private static App app;
    private static Path folder;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private WebFixture() {
    }

    static synchronized App app() {
        if (app == null) {
            try {
                folder = Files.createTempDirectory("ddor-web-test");
                Path db = folder.resolve("web.duckdb");
                buildStore(db);
                app = App.create(Config.of(0, db, "test-token")).start();
                Runtime.getRuntime().addShutdownHook(new Thread(WebFixture::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return app;
    }

    static String base() {
        return "http://localhost:" + app().port();
    }

    private static void buildStore(Path db) throws IOException {
        Path detainers = folder.resolve("sample-ero-lesa.csv");
        Path policies = folder.resolve("policies.csv");
        new SampleGenerator().generate(new GeneratorOptions(15_000, 7, GeneratorOptions.Layout.ERO_LESA,
                GeneratorOptions.Format.CSV, 0.002, LocalDate.of(2025, 10, 1)), detainers, done -> { });
        try (InputStream in = WebFixture.class.getResourceAsStream("/org/ddor/sample/policies.csv")) {
            Files.copy(in, policies, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Store store = Store.open(db)) {
            Importer importer = new Importer(store);
            ImportOptions options = ImportOptions.defaults().withGenerated(true).withRejectsFile(folder.resolve("rejects.csv"));
            importer.importFile(policies, options, ImportProgress.SILENT);
            importer.importFile(detainers, options.withRejectsFile(folder.resolve("rejects2.csv")), ImportProgress.SILENT);
            Publisher publisher = new Publisher(store.connection());
            publisher.publish(DdorParameters.of(PUBLISHED_WEEK), null);
            publisher.publish(new DdorParameters(PUBLISHED_WEEK, 5, new Suppression(Edition.PUBLIC,
                    Suppression.DEFAULT_THRESHOLD), DdorParameters.DEFAULT_OLD_DETAINER_DAYS), "Section I shortened to 5");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stop() {
        if (app != null) {
            app.close();
            app = null;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system cleans it up eventually.
        }
    }

    static HttpResponse<String> get(String path) {
        return get(path, null);
    }

    static HttpResponse<String> get(String path, String ifNoneMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CLIENT.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
