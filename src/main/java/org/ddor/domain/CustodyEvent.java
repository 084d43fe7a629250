package org.ddor.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step in a detainer's custody chain. An outcome is attributed to the custodian at the time of
 * the outcome (DESIGN.md §1.2): after a transfer, the receiving facility's jurisdiction answers for it.
 *
 * @param detainerId the detainer this concerns
 * @param kind       what happened
 * @param date       when
 * @param facilityId the facility holding the person after the event (the receiving one for a transfer)
 * @param source     where the event was recorded
 */
public record CustodyEvent(long detainerId, CustodyEventKind kind, LocalDate date, long facilityId, String source) {

    public CustodyEvent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
