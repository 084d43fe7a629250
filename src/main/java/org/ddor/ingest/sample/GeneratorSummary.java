package org.ddor.ingest.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.ddor.domain.Operator;

/**
 * What a generation run wrote. Counts other than {@code rows} and {@code malformedRows} are over
 * the well-formed rows only, so an importer that rejects exactly the malformed rows should store
 * {@code rows - malformedRows} detainers of which {@code declinedRows} are declined.
 *
 * @param file              the file written
 * @param options           the options it was written with
 * @param rows              data rows written (the requested count)
 * @param malformedRows     rows made malformed on purpose
 * @param malformedByKind   malformed rows per kind (every kind that applies is a key)
 * @param duplicateRows     near-identical repeats of the row before (ero-lesa: {@code duplicate_likely} TRUE)
 * @param declinedRows      rows with lift reason "Detainer Declined by LEA", duplicates included
 * @param repeatSubjectRows rows for a person who had an earlier detainer in the file, duplicates excluded
 * @param rowsByOperator    rows per operator of the receiving facility (every operator the universe has is a key)
 * @param policyFacilityRows rows at facilities bound by a sample policy at some time
 * @param firstDay          earliest prepare date
 * @param lastDay           latest prepare date
 * @param facilities        facilities in the generated universe (not all need appear)
 */
public record GeneratorSummary(Path file, GeneratorOptions options, long rows, long malformedRows,
                               Map<DirtyKind, Long> malformedByKind, long duplicateRows, long declinedRows,
                               long repeatSubjectRows, Map<Operator, Long> rowsByOperator,
                               long policyFacilityRows, LocalDate firstDay, LocalDate lastDay, int facilities) {

    public GeneratorSummary {
        malformedByKind = ordered(DirtyKind.class, malformedByKind);
        rowsByOperator = ordered(Operator.class, rowsByOperator);
    }

    /** Unmodifiable, iterating in the enum's order (so a printed summary reads the same every time). */
    private static <K extends Enum<K>> Map<K, Long> ordered(Class<K> type, Map<K, Long> counts) {
        EnumMap<K, Long> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return Collections.unmodifiableMap(copy);
    }

    /** Declined rows as a share of well-formed rows, 0 when there are none. */
    public double declinedShare() {
        long wellFormed = rows - malformedRows;
        return wellFormed == 0 ? 0 : (double) declinedRows / wellFormed;
    }
}
