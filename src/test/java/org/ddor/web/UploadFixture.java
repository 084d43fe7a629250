package org.ddor.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;

/**
 * A server of its own for the upload tests (uploads change the store, which the shared {@link WebFixture}
 * must not see): an empty store in a temporary folder, {@link App} on port 0 with an admin token, and a
 * small upload limit so an oversized upload is cheap to send. Also writes sample files and multipart requests.
 */
final class UploadFixture implements AutoCloseable {

    static final String TOKEN = "upload-test-token";
    static final long MAX_UPLOAD = 4L << 20;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final Path folder;
    final Path db;
    final App app;

    UploadFixture(String token) {
        try {
            folder = Files.createTempDirectory("ddor-upload-test");
            db = folder.resolve("upload.duckdb");
            app = App.create(new Config("127.0.0.1", 0, db, token, MAX_UPLOAD)).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** A generated ero-lesa CSV of {@code rows} detainers from {@code firstDay}. */
    Path sampleCsv(String name, long rows, long seed, LocalDate firstDay) throws IOException {
        Path file = folder.resolve(name);
        new SampleGenerator().generate(new GeneratorOptions(rows, seed, GeneratorOptions.Layout.ERO_LESA,
                GeneratorOptions.Format.CSV, 0.002, firstDay), file, done -> { });
        return file;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).build());
    }

    /** POSTs a multipart form: {@code fields} as text parts, then {@code file} (may be null) as the part "file". */
    HttpResponse<String> post(String path, String bearer, Map<String, String> fields, String fileName, byte[] file) {
        return post(path, bearer, fields, fileName, file, false);
    }

    /** The same without a Content-Length (chunked), so only the multipart parser can tell the size. */
    HttpResponse<String> postChunked(String path, String bearer, String fileName, byte[] file) {
        return post(path, bearer, Map.of(), fileName, file, true);
    }

    private HttpResponse<String> post(String path, String bearer, Map<String, String> fields, String fileName,
                                      byte[] file, boolean chunked) {
        String boundary = "ddor-" + UUID.randomUUID();
        List<byte[]> parts = new ArrayList<>();
        fields.forEach((name, value) -> parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            parts.add(file);
            parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(chunked ? HttpRequest.BodyPublishers.ofByteArrays(parts) : HttpRequest.BodyPublishers.ofByteArray(
                        parts.stream().reduce(new byte[0], UploadFixture::concat)));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request.build());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder: the system cleans it up eventually.
        }
    }
}
