package org.ddor.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A jurisdiction's challenge to, or a correction of, something a report says (DESIGN.md §1.6).
 *
 * @param id         store identifier
 * @param target     what is disputed, e.g. "detainer 1234" or "report ddor 2025-W14 v1, Section II, 42091"
 * @param claim      what the disputing party says
 * @param evidence   what it offers, as text or a reference
 * @param status     open, upheld, rejected
 * @param resolution the decision and its reason, or null while open
 * @param who        who filed or decided it
 * @param when       when it was filed
 */
public record Dispute(long id, String target, String claim, String evidence, Status status,
                      String resolution, String who, Instant when) {

    public enum Status { OPEN, UPHELD, REJECTED }

    public Dispute {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(status, "status");
    }
}
