package org.ddor.ingest.resolve;

import java.util.List;
import java.util.stream.Collectors;
import org.ddor.domain.Jurisdiction;

/**
 * One facility being resolved: its evidence, its parsed name, the state it is in (USPS, or null when
 * the evidence gives none) and how that state was known, for the evidence sentence.
 */
record Context(FacilityEvidence evidence, FacilityName name, String state, String stateEvidence) {

    /** The words [from, to) of the name in quotes: "MONTGOMERY". */
    String quote(int from, int to) {
        return "\"" + name.text(from, to) + "\"";
    }

    /** "Montgomery County, PA (42091)". */
    static String describe(Jurisdiction j) {
        return j.displayName() + " (" + j.fips() + ")";
    }

    /** Jurisdictions described and joined with "; ", at most {@code limit} then "and n more". */
    static String describe(List<Jurisdiction> js, int limit) {
        String shown = js.stream().limit(limit).map(Context::describe).collect(Collectors.joining("; "));
        return js.size() > limit ? shown + " and " + (js.size() - limit) + " more" : shown;
    }

    /** The city column's words, empty when there is none. */
    List<String> cityWords() {
        return evidence.city() == null ? List.of() : FacilityName.words(evidence.city());
    }
}
