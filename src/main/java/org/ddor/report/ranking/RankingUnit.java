package org.ddor.report.ranking;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a ranking ranks; each unit's definition is printed with the ranking (docs/reports.md). */
public enum RankingUnit {
    JURISDICTION("jurisdiction", "the jurisdiction (a county, city or state, by FIPS code) whose own agency runs"
            + " the facility: the receiving facility for detainers issued, the custodian at the outcome for declines;"
            + " facilities run by the federal government, private companies or ICE, and facilities not attributable"
            + " to one jurisdiction, count for none"),
    FACILITY("facility", "the facility: the receiving facility for detainers issued, the custodian at the outcome"
            + " (the one the person was transferred to, if any) for declines; whoever runs it and whether or not it"
            + " is attributed"),
    STATE("state", "the state of the attributed jurisdiction: its counties' and cities' facilities and its own"
            + " (state, federal, private and ICE facilities located there are not the state's)"),
    AOR("aor", "ICE's Area of Responsibility of the attributed jurisdiction, as the gazetteer gives it"
            + " (a state's own facilities count toward the AOR the gazetteer gives the state)");

    private final String optionName;
    private final String definition;

    RankingUnit(String optionName, String definition) {
        this.optionName = optionName;
        this.definition = definition;
    }

    /** As the command line writes it: "jurisdiction". */
    public String optionName() {
        return optionName;
    }

    /** What one row stands for, in words. */
    public String definition() {
        return definition;
    }

    /** Parses "jurisdiction", "facility", "state" or "aor" (any case). */
    public static RankingUnit parse(String text) {
        for (RankingUnit unit : values()) {
            if (unit.optionName.equals(text.strip().toLowerCase(Locale.ROOT))) {
                return unit;
            }
        }
        throw new IllegalArgumentException("--by '" + text + "' is not a unit; expected one of "
                + Arrays.stream(values()).map(RankingUnit::optionName).collect(Collectors.joining(", ")));
    }
}
