package org.ddor.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The outcome taxonomy: maps ICE's free-text lift reasons to an {@link Outcome}.
 * Matching ignores case, punctuation and repeated spaces, because ICE's spelling varies between
 * releases. Text not listed here maps to {@link Outcome#OTHER} (never guessed into a decline);
 * an empty or missing reason maps to {@link Outcome#UNKNOWN}. Thread-safe.
 */
public final class LiftReasons {

    /** Keys are {@link #key(String)}-normalised. Every reason seen in the real samples is listed. */
    private static final Map<String, Outcome> KNOWN = Map.ofEntries(
            Map.entry("booked into detention", Outcome.BOOKED_INTO_ICE_CUSTODY),
            Map.entry("booked into ice custody", Outcome.BOOKED_INTO_ICE_CUSTODY),
            Map.entry("detainer declined by lea", Outcome.DECLINED_BY_LEA),
            Map.entry("declined by lea", Outcome.DECLINED_BY_LEA),
            Map.entry("transferred", Outcome.TRANSFERRED),
            Map.entry("lifted", Outcome.LIFTED_BY_ICE),
            Map.entry("detainer lifted", Outcome.LIFTED_BY_ICE),
            Map.entry("lifted lack of funds", Outcome.LIFTED_BY_ICE),
            Map.entry("lifted lack of space", Outcome.LIFTED_BY_ICE),
            // ICE exercised discretion not to pursue the person: ICE ended the request, not the LEA.
            Map.entry("prosecutorial discretion", Outcome.LIFTED_BY_ICE),
            Map.entry("case closed", Outcome.CASE_CLOSED),
            Map.entry("alien not subject to deportation", Outcome.CITIZEN_OR_NOT_REMOVABLE),
            Map.entry("not subject to removal", Outcome.CITIZEN_OR_NOT_REMOVABLE),
            Map.entry("united states citizen interviewed", Outcome.CITIZEN_OR_NOT_REMOVABLE),
            Map.entry("united states citizen", Outcome.CITIZEN_OR_NOT_REMOVABLE),
            Map.entry("died", Outcome.DIED),
            // Released before the expected date: the data does not say whether the LEA declined to hold.
            Map.entry("early release", Outcome.OTHER));

    private LiftReasons() {
    }

    /** The outcome for a raw lift reason; null, empty and {@code NA} give {@link Outcome#UNKNOWN}. */
    public static Outcome outcomeOf(String rawLiftReason) {
        String key = key(rawLiftReason);
        if (key.isEmpty() || key.equals("na")) {
            return Outcome.UNKNOWN;
        }
        return KNOWN.getOrDefault(key, Outcome.OTHER);
    }

    /** The taxonomy as normalised key → outcome, for set-based lookups; keys are {@link #key(String)} forms. */
    public static Map<String, Outcome> table() {
        return KNOWN;
    }

    /** True when the raw text is one the taxonomy lists (as opposed to falling through to OTHER). */
    public static boolean isKnown(String rawLiftReason) {
        return KNOWN.containsKey(key(rawLiftReason));
    }

    /** Lower case, punctuation to spaces, runs of spaces folded: "Lifted - Lack of Funds" → "lifted lack of funds". */
    static String key(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
