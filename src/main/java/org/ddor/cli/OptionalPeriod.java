package org.ddor.cli;

import org.ddor.report.Period;

/** Reports that run over all the data unless a period is given: the period options, or none. */
final class OptionalPeriod {

    private OptionalPeriod() {
    }

    /** The period asked for, or null when no period option was given (all the data). */
    static Period of(PeriodOptions options) {
        boolean none = options.week == null && options.from == null && options.to == null && options.quarter == null
                && options.fiscalYear == null;
        return none ? null : options.period();
    }
}
