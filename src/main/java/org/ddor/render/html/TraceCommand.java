package org.ddor.render.html;

import java.time.DayOfWeek;
import java.util.regex.Pattern;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;

/**
 * The command that lists the records behind a figure: {@code ddor report rows ddor <period> --figure <trace>},
 * with the report's own period and edition, so a reader can re-run it as printed. Immutable.
 */
final class TraceCommand {

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9/_.:,=+-]+");

    private final String prefix;

    private TraceCommand(String prefix) {
        this.prefix = prefix;
    }

    static TraceCommand of(DdorParameters parameters) {
        StringBuilder command = new StringBuilder("ddor report rows ddor ").append(periodOptions(parameters.period()));
        Suppression suppression = parameters.suppression();
        if (suppression.edition() == Edition.OFFICIAL) {
            command.append(" --edition official");
        } else if (suppression.threshold() != Suppression.DEFAULT_THRESHOLD) {
            command.append(" --threshold ").append(suppression.threshold());
        }
        return new TraceCommand(command.toString());
    }

    /** The full command for one figure's trace key, quoted for a POSIX shell where needed. */
    String forFigure(String trace) {
        return prefix + " --figure " + shellQuoted(trace);
    }

    /** The command with a placeholder for the key, as the appendix states it once. */
    String template() {
        return prefix + " --figure KEY";
    }

    static String periodOptions(Period period) {
        return switch (period.kind()) {
            case WEEK -> "--week " + period.from()
                    + (period.from().getDayOfWeek() == DayOfWeek.SATURDAY ? "" : " --week-start " + period.from().getDayOfWeek());
            case QUARTER -> "--quarter " + period.label();
            case FISCAL_YEAR -> "--fiscal-year " + period.to().getYear();
            case RANGE -> "--from " + period.from() + " --to " + period.to();
        };
    }

    static String shellQuoted(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
