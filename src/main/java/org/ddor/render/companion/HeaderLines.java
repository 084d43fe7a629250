package org.ddor.render.companion;

import java.time.LocalDate;
import org.ddor.report.Edition;

/** The lines every companion report starts with, in the same words. */
final class HeaderLines {

    private HeaderLines() {
    }

    static String edition(Edition edition, int threshold) {
        return edition == Edition.PUBLIC
                ? "Edition: public (counts of 1 to " + (threshold - 1) + " are shown as <" + threshold + ")"
                : "Edition: official (small counts shown; for authorised readers only)";
    }

    static String data(LocalDate first, LocalDate last, boolean generated) {
        String range = first == null ? "the store holds no detainers" : "detainers issued " + first + " to " + last;
        return "Data: " + range + (generated ? " (GENERATED SAMPLE DATA, not real)" : "");
    }
}
