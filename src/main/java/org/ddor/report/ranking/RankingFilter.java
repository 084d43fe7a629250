package org.ddor.report.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ddor.domain.Operator;

/**
 * Which units a ranking may list: those of one state, of one ICE Area of Responsibility and, for
 * facilities, run by one kind of operator. Applied to the units before they are ranked, so ranks are
 * within the selection. The records that count for no unit are never filtered: they are the
 * nation's. Each part may be null (no restriction).
 *
 * @param state    USPS code of the unit's state (a facility's: where it is), or null
 * @param aor      ICE AOR code of the unit (a facility's: of the jurisdiction it is attributed to), or null
 * @param operator who runs the facility; facilities only; or null
 */
public record RankingFilter(String state, String aor, Operator operator) {

    /** Every unit. */
    public static final RankingFilter NONE = new RankingFilter(null, null, null);

    public RankingFilter {
        state = state == null || state.isBlank() ? null : state.strip().toUpperCase(Locale.ROOT);
        aor = aor == null || aor.isBlank() ? null : aor.strip().toUpperCase(Locale.ROOT);
        if (state != null && !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("--state '" + state + "' is not a USPS state code such as PA");
        }
        if (aor != null && !aor.matches("[A-Z]{2,8}")) {
            throw new IllegalArgumentException("--aor '" + aor + "' is not an ICE AOR code such as PHI");
        }
    }

    /** True when nothing is filtered. */
    public boolean none() {
        return state == null && aor == null && operator == null;
    }

    /** @throws IllegalArgumentException when the filter cannot apply to {@code unit} */
    void check(RankingUnit unit) {
        if (operator != null && unit != RankingUnit.FACILITY) {
            throw new IllegalArgumentException("--operator applies to facility rankings only (--by facility);"
                    + " a " + unit.optionName() + "'s figures come only from facilities its own agencies run");
        }
    }

    boolean admits(UnitFigures unit) {
        return (state == null || state.equals(unit.state())) && (aor == null || aor.equals(unit.aor()))
                && (operator == null || operator.name().toLowerCase(Locale.ROOT).equals(unit.kind()));
    }

    /** "in PA, AOR PHI, run by county agencies", or "" for none. */
    String words() {
        List<String> parts = new ArrayList<>();
        if (state != null) {
            parts.add("in " + state);
        }
        if (aor != null) {
            parts.add("in AOR " + aor);
        }
        if (operator != null) {
            parts.add("run by " + operator.name().toLowerCase(Locale.ROOT) + " operators");
        }
        return String.join(", ", parts);
    }
}
