package org.ddor.ingest.sample;

import java.time.LocalDate;

/**
 * The detainer form text ICE recorded on a given day: none before fiscal year 2015 (as in the
 * 2007–2015 extract), I-247 from October 2014, I-247D/N/X from the Priority Enforcement Program
 * (30 June 2015), I-247A from 2 April 2017, and from May 2025 two spellings of I-247A side by side,
 * as in the FY2026 release. Stateless.
 */
final class DetainerTypes {

    private static final int FY2015 = day(2014, 10, 1);
    private static final int PEP = day(2015, 6, 30);
    private static final int FY2016 = day(2015, 10, 1);
    private static final int I247A = day(2017, 4, 2);
    private static final int MAY_2025 = day(2025, 5, 1);

    private static final CellText NONE = CellText.of("");
    private static final CellText I247 = CellText.of("I247 - Immigration Detainer - Notice of Action (as of March 2013)");
    private static final CellText I247_OLD = CellText.of("I247 - Immigration Detainer - Notice of Action (prior to March 2013)");
    private static final CellText I247D = CellText.of("I247D - Immigration Detainer - Request for Action");
    private static final CellText I247N = CellText.of("I247N - Immigration Advisal - Request for Notification");
    private static final CellText I247X = CellText.of("I247X - Request for Voluntary Transfer");
    static final CellText I247A_2017 = CellText.of("I247A - Immigration Detainer - Immigration Detainer - Notice of Action");
    static final CellText I247A_2025 = CellText.of("I247A - Immigration Detainer - Notice of Action (as of May 2025)");

    private DetainerTypes() {
    }

    /** The form text for a detainer prepared on {@code epochDay}; empty text when none was recorded. */
    static CellText on(int epochDay, SampleRandom random) {
        if (epochDay < FY2015) {
            return NONE;
        }
        if (epochDay < PEP) {
            return random.chance(0.01) ? I247_OLD : I247;
        }
        if (epochDay < I247A) {
            double draw = random.nextDouble();
            double oldFormShare = epochDay < FY2016 ? 0.40 : 0.05;
            return draw < oldFormShare ? I247 : draw < 0.80 ? I247D : draw < 0.96 ? I247N : I247X;
        }
        if (epochDay < MAY_2025) {
            return I247A_2017;
        }
        return random.chance(0.5) ? I247A_2025 : I247A_2017;
    }

    /** The other spelling of the same form, for a near-identical duplicate; null when there is none. */
    static CellText otherSpelling(CellText type) {
        return type == I247A_2025 ? I247A_2017 : type == I247A_2017 ? I247A_2025 : null;
    }

    private static int day(int year, int month, int dayOfMonth) {
        return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
    }
}
