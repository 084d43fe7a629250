package org.ddor.report.ranking;

import java.util.ArrayList;
import java.util.List;
import org.ddor.report.StoreCoverage;
import org.ddor.report.ranking.RankingReport.Excluded;

/** The notes a ranking prints under its table: what was left out and why, in words, computed. */
final class RankingNotes {

    private RankingNotes() {
    }

    static List<String> of(RankingParameters parameters, Excluded excluded, StoreCoverage coverage) {
        List<String> notes = new ArrayList<>();
        String unit = parameters.unit().optionName();
        if (!parameters.filter().none()) {
            notes.add("Only " + plural(unit) + " " + parameters.filter().words() + " are ranked; ranks are within"
                    + " that selection" + (excluded.issuedWithoutUnit() == null ? "." : ", and the figures that count"
                    + " for no " + name(unit) + " below are the nation's."));
        }
        if (excluded.issuedWithoutUnit() != null) {
            notes.add(excluded.issuedWithoutUnit().display() + " detainers issued and "
                    + excluded.declinedWithoutUnit().display() + " declines placed in the period count for no " + unit
                    + ": the facility is run by the federal government, a private company or ICE, or is not"
                    + " attributable to one jurisdiction (ambiguous or unresolved; see 'ddor facilities').");
        }
        if (excluded.unitsBelowMinimum() > 0) {
            notes.add(units(excluded.unitsBelowMinimum(), unit) + " with fewer than "
                    + parameters.minimumDenominator() + " detainers issued in the period are not ranked by rate"
                    + " (the minimum is set with --min-denominator).");
        }
        if (excluded.unitsSuppressed() > 0) {
            notes.add(units(excluded.unitsSuppressed(), unit) + (excluded.unitsSuppressed() == 1 ? " is" : " are")
                    + " not ranked by rate because a count is"
                    + " below the public edition's threshold of " + parameters.suppression().threshold() + ".");
        }
        if (excluded.unitsWithNone() > 0) {
            notes.add(units(excluded.unitsWithNone(), unit) + " with none " + (excluded.unitsWithNone() == 1 ? "is" : "are")
                    + " not ranked.");
        }
        if (excluded.tiedBeyondTop() > 0) {
            notes.add(excluded.tiedBeyondTop() + " more " + (excluded.tiedBeyondTop() == 1 ? name(unit) + " not shown ties"
                    : plural(unit) + " not shown tie") + " with the last row shown.");
        }
        if (coverage.generatedCaveat() != null) {
            notes.add(coverage.generatedCaveat());
        }
        return notes;
    }

    /** "1 jurisdiction", "3 jurisdictions". */
    private static String units(int count, String unit) {
        return count + " " + (count == 1 ? name(unit) : plural(unit));
    }

    private static String name(String unit) {
        return unit.equals("aor") ? "AOR" : unit;
    }

    private static String plural(String unit) {
        return switch (unit) {
            case "facility" -> "facilities";
            case "aor" -> "AORs";
            default -> unit + "s";
        };
    }
}
