package org.ddor.web;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the site.
 *
 * @param host       the interface to listen on ("0.0.0.0" for all, "127.0.0.1" for this machine only)
 * @param port       the TCP port; 0 picks a free one (tests)
 * @param db         the store file; the server opens it once and owns it while it runs
 * @param adminToken the token administrative requests must present, or null when there are none
 */
public record Config(String host, int port, Path db, String adminToken) {

    public static final int DEFAULT_PORT = 8080;

    public Config {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(db, "db");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (adminToken != null && adminToken.isBlank()) {
            adminToken = null;
        }
    }

    /** Listens on every interface. */
    public static Config of(int port, Path db, String adminToken) {
        return new Config("0.0.0.0", port, db, adminToken);
    }
}
