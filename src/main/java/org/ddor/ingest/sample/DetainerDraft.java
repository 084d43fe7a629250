package org.ddor.ingest.sample;

/**
 * The decisions behind one generated row, reused from row to row (no per-row objects). A layout
 * derives every other value from these: the person's traits from {@code subjectSerial}, the case
 * details from {@code detainerSerial}. Not thread-safe.
 */
final class DetainerDraft {

    /** Prepare date, epoch days. */
    int day;
    SampleFacility facility;
    int facilityIndex;
    long subjectSerial;
    /** The day of the person's first detainer in the file: their birth year and charge dates hang on it. */
    int anchorDay;
    long detainerSerial;
    /** Index of the lift reason in {@link SampleOutcomes}. */
    int liftReason;
    /** True when this row repeats the one before it, nearly identically. */
    boolean duplicate;
    /** Which small difference a duplicate has (0–2). */
    int duplicateVariant;
    /** True when the person had an earlier detainer in the file. */
    boolean repeatSubject;
    /** The malformation of this row, or null for a well-formed row. */
    DirtyKind dirty;
    /** Which example of the malformation (0–3); for {@link DirtyKind#WRONG_COLUMN_COUNT}, even = extra field. */
    int dirtyVariant;
}
