package org.ddor.ingest.sample;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ICE-style facility codes: seven upper-case characters built from the state and the name
 * ("MNCFSTC" for MINN.C.F.,ST.CLOUD), unique within one universe. Not thread-safe.
 */
final class FacilityCodes {

    private static final int LENGTH = 7;
    private static final Pattern NOT_LETTER = Pattern.compile("[^A-Z ]");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final String FILL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    // Membership only: iteration order is never used, so a HashSet keeps the output deterministic.
    private final Set<String> used = new HashSet<>();

    /** Reserves a code given by hand; returns it. */
    String reserve(String code) {
        if (!used.add(code)) {
            throw new IllegalStateException("facility code " + code + " is used twice");
        }
        return code;
    }

    /** A new code for a facility; the state comes first or last, as in ICE's own codes. */
    String next(String name, String usps, boolean stateFirst) {
        String body = body(name);
        String candidate = compose(body, usps, stateFirst);
        for (int attempt = 0; !used.add(candidate); attempt++) {
            String tail = attempt < FILL.length()
                    ? String.valueOf(FILL.charAt(attempt))
                    : "" + FILL.charAt(attempt / FILL.length() % FILL.length()) + FILL.charAt(attempt % FILL.length());
            candidate = compose(body.substring(0, body.length() - tail.length()) + tail, usps, stateFirst);
        }
        return candidate;
    }

    private static String compose(String body, String usps, boolean stateFirst) {
        return stateFirst ? usps + body : body + usps;
    }

    /** Five letters: the first word's consonant skeleton, then initials of the following words. */
    private static String body(String name) {
        String[] words = SPACES.split(NOT_LETTER.matcher(name.toUpperCase(Locale.ROOT)).replaceAll(" ").trim());
        StringBuilder body = new StringBuilder();
        String first = words[0];
        body.append(first.charAt(0));
        for (int i = 1; i < first.length() && body.length() < 3; i++) {
            if ("AEIOU".indexOf(first.charAt(i)) < 0) {
                body.append(first.charAt(i));
            }
        }
        for (int i = 1; i < words.length && body.length() < LENGTH - 2; i++) {
            if (!words[i].isEmpty()) {
                body.append(words[i].charAt(0));
            }
        }
        while (body.length() < LENGTH - 2) {
            body.append('X');
        }
        return body.toString();
    }
}
