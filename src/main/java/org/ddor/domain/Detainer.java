package org.ddor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One detainer as stored: normalised values beside the raw text they came from.
 * Stores no name, address or full date of birth (DESIGN.md §6).
 *
 * @param id                   store identifier
 * @param source               release, sheet and row it was read from
 * @param subjectKey           the source's pseudonymous subject identifier, or null
 * @param rawType              detainer type as written; {@code type} is parsed from it
 * @param type                 the form
 * @param issued               the prepare date; never null for a stored detainer
 * @param facilityId           the receiving facility
 * @param issuingAor           the AOR the source names, or null
 * @param citizenship          country of citizenship as written, or null
 * @param gender               as written, or null
 * @param birthYear            year only, or null
 * @param criminalHistory      criminality fields, {@link CriminalHistory#NONE} when the source has none
 * @param rawLiftReason        ICE's lift reason exactly as written, or null when empty
 * @param outcome              normalised from {@code rawLiftReason} by {@link LiftReasons}
 * @param outcomeDate          when the outcome was recorded, or null when the source does not say
 * @param recordedDeclined     the recorded-as-declined date, or null when unknown — never filled in silently
 * @param misdirected          true when the detainer was sent to the wrong place: it counts for no jurisdiction
 * @param duplicateOf          id of the detainer this one likely repeats, or null
 */
public record Detainer(long id, SourceRow source, String subjectKey, String rawType, DetainerType type,
                       LocalDate issued, long facilityId, String issuingAor, String citizenship,
                       String gender, Integer birthYear, CriminalHistory criminalHistory,
                       String rawLiftReason, Outcome outcome, LocalDate outcomeDate,
                       LocalDate recordedDeclined, boolean misdirected, Long duplicateOf) {

    public Detainer {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(issued, "issued");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(criminalHistory, "criminalHistory");
        if (recordedDeclined != null && outcome != Outcome.DECLINED_BY_LEA) {
            throw new IllegalArgumentException(source.describe() + ": a declined date needs the outcome 'declined by LEA'");
        }
    }

    /** Days from issue to the recorded decline, or null when the declined date is unknown. */
    public Long ageAtDeclineDays() {
        return recordedDeclined == null ? null : java.time.temporal.ChronoUnit.DAYS.between(issued, recordedDeclined);
    }
}
