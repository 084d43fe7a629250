package org.ddor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "server file" beside a store, {@code STORE.server}: while {@code ddor serve} runs it says where the
 * server listens ({@code {"url", "pid", "started"}}), so that {@code ddor import} can hand its file to the
 * server that owns the store instead of failing to open it. Written when the server starts, deleted when
 * it stops; a file left by a server that died is stale, and readers check the server answers.
 *
 * @param url     the server's base URL, e.g. {@code http://127.0.0.1:8080/}
 * @param pid     the server's process id
 * @param started when it started
 */
record ServerFile(String url, long pid, Instant started) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the server file of the store {@code db} is. */
    static Path of(Path db) {
        Path absolute = db.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".server");
    }

    /** Writes the server file of {@code db} for this process's server at {@code url}; returns its path. */
    static Path write(Path db, String url) {
        Path file = of(db);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("pid", ProcessHandle.current().pid());
        body.put("started", Instant.now().toString());
        try {
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n");
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The server file of {@code db}, or empty when there is none or it cannot be read as one. */
    static Optional<ServerFile> read(Path db) {
        Path file = of(db);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            String url = node.path("url").asText("");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                return Optional.empty();
            }
            return Optional.of(new ServerFile(url.endsWith("/") ? url : url + "/", node.path("pid").asLong(-1),
                    Instant.parse(node.path("started").asText(Instant.EPOCH.toString()))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Deletes the server file of {@code db} if this process wrote it. */
    static void delete(Path db) {
        read(db).filter(server -> server.pid() == ProcessHandle.current().pid()).ifPresent(server -> {
            try {
                Files.deleteIfExists(of(db));
            } catch (IOException ignored) {
                // A stale file is harmless: 'ddor import' checks that the server answers.
            }
        });
    }

    /** False when the process that wrote the file has ended (then the file is stale for sure). */
    boolean processAlive() {
        return pid < 0 || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}
