package org.ddor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A frozen report version. Published versions are never rewritten; a correction is a new version
 * that supersedes the old one and says why.
 *
 * @param id           store identifier
 * @param kind         report kind, e.g. "ddor"
 * @param period       the period's canonical text, e.g. "2025-03-29..2025-04-04"
 * @param version      1, 2, …
 * @param generatedAt  when it was frozen
 * @param inputs       the releases it read, as "id:sha256"
 * @param parameters   the parameters it was built with, as canonical text
 * @param contentHash  SHA-256 of the JSON rendering
 * @param supersedes   the version it replaces, or null for version 1
 * @param changeNote   why this version exists, or null for version 1
 */
public record PublishedReport(long id, String kind, String period, int version, Instant generatedAt,
                              List<String> inputs, String parameters, String contentHash,
                              Integer supersedes, String changeNote) {

    public PublishedReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(period, "period");
        inputs = List.copyOf(inputs);
        if (version < 1) {
            throw new IllegalArgumentException("report versions start at 1");
        }
    }
}
