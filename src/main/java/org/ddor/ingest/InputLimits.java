package org.ddor.ingest;

/**
 * Defensive limits for untrusted files. Real ICE releases are at most a few hundred MB;
 * the limits leave room for ten times that and stop a hostile file early.
 *
 * @param maxFileBytes           largest input file accepted
 * @param maxFieldBytes          largest single field (longer rows are rejected, not read whole)
 * @param maxXlsxUncompressed    largest total uncompressed size of an xlsx's parts
 * @param maxXlsxInflateRatio    largest uncompressed/compressed ratio of an xlsx part (zip bombs exceed it)
 * @param headerSearchRows       rows searched for the header (ICE puts title rows above it)
 */
public record InputLimits(long maxFileBytes, int maxFieldBytes, long maxXlsxUncompressed,
                          int maxXlsxInflateRatio, int headerSearchRows) {

    /** The shortest field limit: xlsx parts are checked in buffers of this size (see XlsxParts). */
    public static final int MIN_FIELD_BYTES = 1 << 16;

    public InputLimits {
        if (maxFieldBytes < MIN_FIELD_BYTES) {
            throw new IllegalArgumentException("maxFieldBytes must be at least " + MIN_FIELD_BYTES + ", got " + maxFieldBytes);
        }
    }

    public static final InputLimits DEFAULT = new InputLimits(
            20L << 30, 1 << 20, 40L << 30, 200, 20);
}
