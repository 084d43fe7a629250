package org.ddor.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the site.
 *
 * @param host       the interface to listen on ("0.0.0.0" for all, "127.0.0.1" for this machine only)
 * @param port       the TCP port; 0 picks a free one (tests)
 * @param db         the store file; the server opens it once and owns it while it runs
 * @param adminToken the token administrative requests (uploads) must present, or null: uploads are then disabled
 * @param maxUploadBytes the largest upload request accepted, in bytes (the request body of {@code POST /upload}
 *                   and {@code POST /api/imports}; every other request body is limited to 64 KB)
 */
public record Config(String host, int port, Path db, String adminToken, long maxUploadBytes) {

    public static final int DEFAULT_PORT = 8080;
    /** 2 GiB: the largest ICE release seen is a few hundred megabytes. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 2L << 30;

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(db, "db");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (adminToken != null && adminToken.isBlank()) {
            adminToken = null;
        }
        if (maxUploadBytes < 1) {
            throw new IllegalArgumentException("the upload limit must be at least 1 byte, got " + maxUploadBytes);
        }
    }

    /** With the default upload limit. */
    public Config(String host, int port, Path db, String adminToken) {
        this(host, port, db, adminToken, DEFAULT_MAX_UPLOAD_BYTES);
    }

    public Config withMaxUploadBytes(long bytes) {
        return new Config(host, port, db, adminToken, bytes);
    }

    /** Listens on every interface. */
    public static Config of(int port, Path db, String adminToken) {
        return new Config("0.0.0.0", port, db, adminToken);
    }
}
