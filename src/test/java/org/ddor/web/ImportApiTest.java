package org.ddor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.ddor.store.imports.ImportOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Uploads through {@code POST /api/imports} and {@code POST /upload} on a server of their own, with good and bad requests. */
class ImportApiTest {

    private static UploadFixture server;

    @BeforeAll
    static void start() {
        server = new UploadFixture(UploadFixture.TOKEN);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Polls the job until it has ended; fails after a minute. */
    static JsonNode awaitEnd(UploadFixture on, long id) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            JsonNode job = ApiTest.json(on.get("/api/imports/" + id));
            String state = job.path("state").asText();
            if (state.equals("done") || state.equals("failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import job " + id + " did not end within a minute");
    }

    private static JsonNode accepted(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = ApiTest.json(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/imports/" + job.path("id").asLong());
        return job;
    }

    private static long count(String sql) throws Exception {
        try (Connection connection = server.app.store().duplicateConnection()) {
            return Site.count(connection, sql);
        }
    }

    private static void assertError(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = ApiTest.json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error").asText()).contains(message);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void withoutAConfiguredTokenUploadsAreDisabled() throws Exception {
        try (UploadFixture closed = new UploadFixture(null)) {
            byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
            assertError(closed.post("/api/imports", "anything", Map.of(), "x.csv", csv), 403,
                    "uploads are disabled: start the server with --admin-token or $DDOR_ADMIN_TOKEN");
            HttpResponse<String> form = closed.post("/upload", null, UploadFixture.fields("token", "x"), "x.csv", csv);
            assertThat(form.statusCode()).isEqualTo(403);
            assertThat(form.body()).contains("uploads are disabled");
            assertThat(closed.get("/upload").body()).contains("uploads are disabled").doesNotContain("<form method=\"post\"");
            assertThat(ApiTest.json(closed.get("/api/imports")).path("uploadsEnabled").asBoolean()).isFalse();
        }
    }

    @Test
    void aMissingOrWrongTokenIs401AndStoresNothing() throws Exception {
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertError(server.post("/api/imports", null, Map.of(), "x.csv", csv), 401, "needs the admin token");
        assertError(server.post("/api/imports", "not-the-token", Map.of(), "x.csv", csv), 401, "the admin token is wrong");
        HttpResponse<String> form = server.post("/upload", null, UploadFixture.fields("token", "guess"), "x.csv", csv);
        assertThat(form.statusCode()).isEqualTo(401);
        assertThat(form.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(form.body()).contains("the admin token is wrong");
        try (Stream<Path> uploads = Files.list(server.folder.resolve("uploads"))) {
            assertThat(uploads.filter(path -> path.getFileName().toString().startsWith("upload-"))).isEmpty();
        } catch (java.nio.file.NoSuchFileException noFolderYet) {
            // Nothing was ever stored.
        }
    }

    @Test
    void anOversizedUploadIs413() throws Exception {
        byte[] big = new byte[(int) UploadFixture.MAX_UPLOAD + 1024];
        java.util.Arrays.fill(big, (byte) 'x');
        assertError(server.post("/api/imports", UploadFixture.TOKEN, Map.of(), "big.csv", big), 413,
                "larger than this server accepts");
        assertError(server.postChunked("/api/imports", UploadFixture.TOKEN, "big.csv", big), 413,
                "larger than this server accepts");
    }

    @Test
    void badFieldsAre400() throws Exception {
        byte[] csv = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8);
        assertError(server.post("/api/imports", UploadFixture.TOKEN, UploadFixture.fields("layout", "spreadsheet"),
                "x.csv", csv), 400, "layout must be one of auto, foia-2015, ero-lesa, policy, canonical");
        assertError(server.post("/api/imports", UploadFixture.TOKEN, UploadFixture.fields("generated", "maybe"),
                "x.csv", csv), 400, "generated must be true or false");
        assertError(server.post("/api/imports", UploadFixture.TOKEN, UploadFixture.fields("name", "n".repeat(201)),
                "x.csv", csv), 400, "name is longer than 200 characters");
        assertError(server.post("/api/imports", UploadFixture.TOKEN, UploadFixture.fields("layout", "auto"), null, null),
                400, "no file was sent");
        assertError(server.get("/api/imports/first"), 400, "an import job's id is a whole number");
        assertError(server.get("/api/imports/987654"), 404, "there is no import job 987654");
    }

    @Test
    void aBadFileFailsWithTheImportersMessageAndLeavesTheStoreUnchanged() throws Exception {
        long releases = count("select count(*) from source_release");
        long detainers = count("select count(*) from detainer");
        byte[] notAReleaes = "name,colour\nfox,red\n".getBytes(StandardCharsets.UTF_8);
        JsonNode job = accepted(server.post("/api/imports", UploadFixture.TOKEN, Map.of(), "animals.csv", notAReleaes));
        JsonNode ended = awaitEnd(server, job.path("id").asLong());
        assertThat(ended.path("state").asText()).isEqualTo("failed");
        assertThat(ended.path("error").asText()).startsWith("animals.csv").doesNotContain("upload-");
        assertThat(ended.path("result").isNull()).isTrue();
        assertThat(count("select count(*) from source_release")).isEqualTo(releases);
        assertThat(count("select count(*) from detainer")).isEqualTo(detainers);
        assertThat(server.folder.resolve("uploads")).isEmptyDirectory();
    }

    @Test
    void aGoodFileIsImportedAndTheSummaryMatchesTheStore() throws Exception {
        Path csv = server.sampleCsv("api-sample.csv", 2_000, 11, LocalDate.of(2025, 11, 1));
        long generation = server.app.storeGeneration();
        JsonNode job = accepted(server.post("/api/imports", UploadFixture.TOKEN,
                UploadFixture.fields("layout", "ero-lesa", "generated", "true", "name", "November <sample>"),
                "api-sample.csv", Files.readAllBytes(csv)));
        assertThat(job.path("file").asText()).isEqualTo("api-sample.csv");
        JsonNode ended = awaitEnd(server, job.path("id").asLong());
        assertThat(ended.path("state").asText()).as(ended.toString()).isEqualTo("done");
        JsonNode result = ended.path("result");
        long release = result.path("releaseId").asLong();
        assertThat(result.path("name").asText()).isEqualTo("November <sample>");
        assertThat(result.path("rowsRead").asLong()).isEqualTo(2_000);
        assertThat(result.path("rowsImported").asLong())
                .isEqualTo(count("select count(*) from detainer where release_id = " + release)).isPositive();
        assertThat(result.path("rowsImported").asLong() + result.path("rowsRejected").asLong()
                + result.path("alreadyStored").asLong()).isEqualTo(2_000);
        assertThat(count("select count(*) from source_release where generated and id = " + release)).isEqualTo(1);
        assertThat(ended.path("progress").path("rowsRead").asLong()).isPositive();
        assertThat(ended.path("progress").path("rowsEstimated").asLong()).isEqualTo(2_000);
        if (result.path("rowsRejected").asLong() > 0) {
            assertThat(server.folder.resolve(result.path("rejectsFile").asText())).isRegularFile();
        }
        assertThat(server.app.storeGeneration()).isEqualTo(generation + 1);
        assertThat(server.folder.resolve("uploads")).isEmptyDirectory();
        JsonNode listed = ApiTest.json(server.get("/api/imports"));
        assertThat(listed.path("uploadsEnabled").asBoolean()).isTrue();
        assertThat(listed.path("jobs").findValuesAsText("file")).contains("api-sample.csv");
        JsonNode again = awaitEnd(server, accepted(server.post("/api/imports", UploadFixture.TOKEN, Map.of(),
                "again.csv", Files.readAllBytes(csv))).path("id").asLong());
        assertThat(again.path("result").path("alreadyImported").asBoolean()).isTrue();
        assertThat(server.app.storeGeneration()).isEqualTo(generation + 1);
    }

    /**
     * The figures per unit and day are derived at import, and the site's connections keep their prepared
     * statements: a series asked for before an upload must count the upload's detainers after it.
     */
    @Test
    void anUploadChangesTheFiguresTheApiGives() throws Exception {
        String november = "/api/reports/series?by=month&from=2024-11-01&to=2024-11-30";
        assertThat(issued(november)).isZero();
        Path csv = server.sampleCsv("series-sample.csv", 1_500, 13, LocalDate.of(2024, 11, 1));
        JsonNode ended = awaitEnd(server, accepted(server.post("/api/imports", UploadFixture.TOKEN,
                UploadFixture.fields("layout", "ero-lesa", "generated", "true"), "series-sample.csv",
                Files.readAllBytes(csv))).path("id").asLong());
        assertThat(ended.path("state").asText()).as(ended.toString()).isEqualTo("done");
        long release = ended.path("result").path("releaseId").asLong();
        assertThat(issued(november)).isPositive().isEqualTo(count("select count(*) from detainer where release_id = "
                + release + " and duplicate_of is null and issued between date '2024-11-01' and date '2024-11-30'"));
    }

    private static long issued(String series) throws Exception {
        long issued = 0;
        for (JsonNode bucket : ApiTest.json(server.get(series)).path("buckets")) {
            issued += bucket.path("issued").path("value").asLong();
        }
        return issued;
    }

    @Test
    void theFormRedirectsToTheJobPageWhichShowsTheSummary() throws Exception {
        Path csv = server.sampleCsv("form-sample.csv", 1_000, 12, LocalDate.of(2025, 12, 1));
        HttpResponse<String> posted = server.post("/upload", null,
                UploadFixture.fields("token", UploadFixture.TOKEN, "layout", "auto", "generated", "true"),
                "form-sample.csv", Files.readAllBytes(csv));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/imports/\\d+");
        awaitEnd(server, Long.parseLong(location.replace("/imports/", "")));
        HttpResponse<String> page = server.get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Import of form-sample.csv").contains("Imported as release")
                .doesNotContain("http-equiv=\"refresh\"");
        assertThat(server.get("/data").body()).contains("form-sample.csv").contains("href=\"/upload\"");
        assertThat(server.get("/imports/0").statusCode()).isEqualTo(404);
        assertThat(server.get("/imports/x").statusCode()).isEqualTo(400);
    }

    @Test
    void theUploadFormLabelsEveryInput() {
        String form = server.get("/upload").body();
        for (String id : new String[] {"file", "layout", "name", "generated", "token"}) {
            assertThat(form).contains("for=\"" + id + "\"").contains("id=\"" + id + "\"");
        }
        assertThat(form).contains("enctype=\"multipart/form-data\"").contains("action=\"/upload\"");
    }

    @Test
    void aJobPageReloadsItselfUntilTheImportEnds() throws InterruptedException {
        ImportJob job = new ImportJob(7, "big <release>.csv", server.folder.resolve("uploads/upload-7.csv"),
                ImportOptions.defaults(), 10_000L, server.folder);
        String queued = UploadPages.jobPage(job.status(), false);
        assertThat(queued).contains("<meta http-equiv=\"refresh\" content=\"2\"/>").contains(">queued<")
                .contains("Import of big &lt;release&gt;.csv");
        job.running();
        job.rows(2_500);
        Thread.sleep(20);
        String running = UploadPages.jobPage(job.status(), true);
        assertThat(running).contains("http-equiv=\"refresh\"").contains(">running<").contains("2,500").contains("about 10,000")
                .contains("Rows per second").contains(Page.SAMPLE_BANNER);
        assertThat(job.status().progress().secondsLeft()).isNotNull();
        job.phase("reading upload-7.csv");
        assertThat(job.status().phase()).isEqualTo("reading big <release>.csv");
        job.share(0.25);
        Thread.sleep(20);
        assertThat(job.status().progress().shareRead()).isEqualTo(0.25);
        assertThat(job.status().progress().secondsLeft()).isNotNull();
        assertThat(UploadPages.jobPage(job.status(), false)).contains("File read").contains("25%");
        job.phase("validating");
        assertThat(job.status().progress().shareRead()).isNull();
        job.failed(server.folder.resolve("uploads/upload-7.csv") + ": no recognisable header; reasons in "
                + server.folder.resolve("rejects/x.csv"));
        String failed = UploadPages.jobPage(job.status(), false);
        assertThat(failed).doesNotContain("http-equiv").contains(">failed<")
                .contains("big &lt;release&gt;.csv: no recognisable header; reasons in rejects/x.csv")
                .contains("Nothing was stored");
        assertThat(job.status().finished()).isNotNull();
    }
}
