package org.ddor.domain;

import java.util.Locale;

/**
 * The detainer form (DESIGN.md §2). The raw text (e.g. "I247A - Immigration Detainer - Notice of
 * Action (as of May 2025)") is kept beside this; {@link #UNKNOWN} where the source is empty, as it is
 * before 2014 in the 2007–2015 extract.
 */
public enum DetainerType {
    I247, I247A, I247D, I247N, I247X, UNKNOWN;

    /** Parses the form number at the start of ICE's text; anything else is UNKNOWN. */
    public static DetainerType of(String raw) {
        if (raw == null) {
            return UNKNOWN;
        }
        String code = raw.strip().toUpperCase(Locale.ROOT).replace("-", "");
        for (DetainerType type : new DetainerType[] {I247A, I247D, I247N, I247X, I247}) {
            if (code.startsWith(type.name()) && !startsWithLongerForm(code, type)) {
                return type;
            }
        }
        return UNKNOWN;
    }

    /** "I247 - ..." is I247, but "I247A..." must not be read as I247. */
    private static boolean startsWithLongerForm(String code, DetainerType type) {
        return type == I247 && code.length() > 4 && Character.isLetter(code.charAt(4));
    }
}
