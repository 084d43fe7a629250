package org.ddor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;

/**
 * An import handed to the running server that owns the store: uploads the file to {@code POST /api/imports}
 * with the admin token, follows {@code GET /api/imports/{id}} until the import ends, and returns the same
 * {@link ImportResult} a local import would (its rejects file resolved beside the store).
 */
final class ServerImport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofMillis(250);

    private final URI base;
    private final String token;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ServerImport(String url, String token) {
        this.base = URI.create(url.endsWith("/") ? url : url + "/");
        this.token = token;
    }

    /** True when a DDOR server answers at the URL (its import API answers within a few seconds). */
    boolean answers() {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("api/imports"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && JSON.readTree(response.body()).has("uploadsEnabled");
        } catch (IOException | RuntimeException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Uploads {@code file} and waits for its import.
     *
     * @param fields    form fields besides the file (name, layout, generated, maxRejectShare)
     * @param storeDir  the store's folder, where the server wrote the rejects file
     * @throws IllegalStateException the server refused the upload or the import failed (one line, the server's reason)
     */
    ImportResult run(Path file, Map<String, String> fields, ImportProgress progress, Path storeDir)
            throws IOException, InterruptedException {
        JsonNode job = upload(file, fields);
        long id = job.path("id").asLong();
        String phase = "";
        while (true) {
            String state = job.path("state").asText();
            if (!job.path("phase").asText().equals(phase)) {
                phase = job.path("phase").asText();
                progress.phase("server: " + phase);
            }
            if (job.path("progress").path("rowsRead").asLong() > 0 && state.equals("running")) {
                progress.rows(job.path("progress").path("rowsRead").asLong());
            } else if (job.path("progress").path("shareRead").isNumber() && state.equals("running")) {
                progress.share(job.path("progress").path("shareRead").asDouble());
            }
            if (state.equals("done")) {
                return result(job.path("result"), storeDir);
            }
            if (state.equals("failed")) {
                String error = job.path("error").asText().replaceAll("reasons in (rejects/\\S+)",
                        java.util.regex.Matcher.quoteReplacement("reasons in " + storeDir + java.io.File.separator) + "$1");
                throw new IllegalStateException("the server could not import " + file.getFileName() + ": " + error);
            }
            Thread.sleep(POLL.toMillis());
            job = get("api/imports/" + id);
        }
    }

    /**
     * Asks the server whether it takes the token, with an empty request, before sending the file: a server that
     * refuses the token answers before reading a body and may close the connection while a large body is still
     * being sent, which would hide its answer.
     */
    private void checkToken() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/imports")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            refused(response);
        }
    }

    private JsonNode upload(Path file, Map<String, String> fields) throws IOException, InterruptedException {
        checkToken();
        String boundary = "ddor-" + UUID.randomUUID();
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\nContent-Disposition: form-data;"
                + " name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(file.getFileName().toString().replace("\"", "_").replace("\r", "_").replace("\n", "_"))
                .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofByteArray(head.toString().getBytes(StandardCharsets.UTF_8)),
                HttpRequest.BodyPublishers.ofFile(file),
                HttpRequest.BodyPublishers.ofByteArray(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("api/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body);
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return answer(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private void refused(HttpResponse<String> response) throws IOException {
        if (response.statusCode() == 401 && (token == null || token.isBlank())) {
            throw new IllegalStateException("the server at " + base + " owns the store and needs the admin token:"
                    + " give --admin-token or set $" + ServeCommand.TOKEN_VARIABLE);
        }
        answer(response);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return answer(client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private JsonNode answer(HttpResponse<String> response) throws IOException {
        if (response.statusCode() >= 300) {
            String reason;
            try {
                reason = JSON.readTree(response.body()).path("error").asText(response.body());
            } catch (IOException notJson) {
                reason = response.body().lines().findFirst().orElse("no reason given");
            }
            throw new IllegalStateException("the server at " + base + " refused the import (HTTP "
                    + response.statusCode() + "): " + reason);
        }
        return JSON.readTree(response.body());
    }

    private static ImportResult result(JsonNode result, Path storeDir) {
        String rejects = result.path("rejectsFile").isTextual() ? result.path("rejectsFile").asText() : null;
        return new ImportResult(result.path("releaseId").asLong(), result.path("name").asText(),
                result.path("layout").asText(), result.path("alreadyImported").asBoolean(),
                result.path("rowsRead").asLong(), result.path("rowsImported").asLong(),
                result.path("rowsRejected").asLong(), result.path("alreadyStored").asLong(),
                result.path("duplicates").asLong(), result.path("facilitiesNew").asLong(),
                result.path("facilitiesUnresolved").asLong(), result.path("facilitiesAmbiguous").asLong(),
                result.path("recordsUnattributed").asLong(), texts(result.path("unknownColumns")),
                rejects == null ? null : storeDir.resolve(rejects), texts(result.path("notes")));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
