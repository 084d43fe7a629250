package org.ddor.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One imported file: every record keeps its release, sheet and row.
 *
 * @param id            store identifier
 * @param name          the release's name (the file name unless the user gave one)
 * @param kind          the layout it was read in
 * @param sha256        hex SHA-256 of the file's bytes: the same file imports once
 * @param importedAt    when the import committed
 * @param rowsRead      data rows read (header and title rows not counted)
 * @param rowsImported  rows stored
 * @param rowsRejected  rows rejected, each written to the rejects file with its reason
 * @param generated     true for DDOR's generated sample data, which must never pass for real
 * @param notes         the import summary in words, or null
 */
public record SourceRelease(long id, String name, SourceKind kind, String sha256, Instant importedAt,
                            long rowsRead, long rowsImported, long rowsRejected, boolean generated,
                            String notes) {

    public SourceRelease {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sha256, "sha256");
        if (rowsImported + rowsRejected > rowsRead) {
            throw new IllegalArgumentException("release '" + name + "': imported + rejected exceeds rows read");
        }
    }
}
