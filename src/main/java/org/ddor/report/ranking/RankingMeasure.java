package org.ddor.report.ranking;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a ranking orders by; each measure's definition is printed with the ranking (docs/reports.md). */
public enum RankingMeasure {
    ISSUED("issued", "detainers issued to the unit in the period (by issued date, to the unit of the receiving"
            + " facility)"),
    DECLINED("declined", "declines the unit made (it held the person at the decline), placed in the period whenever"
            + " the detainer was issued (by the recorded-as-declined date, else the outcome date, else the issued date,"
            + " as in the Declined Detainer Outcome Report)"),
    DECLINE_RATE("decline-rate", "of the detainers issued to the unit in the period, the share the unit itself"
            + " declined (both by issued date), with its 95% Wilson score interval"),
    BOOKED("booked", "detainers issued to the unit in the period whose outcome is booked into ICE custody");

    private final String optionName;
    private final String definition;

    RankingMeasure(String optionName, String definition) {
        this.optionName = optionName;
        this.definition = definition;
    }

    /** As the command line writes it: "decline-rate". */
    public String optionName() {
        return optionName;
    }

    public String definition() {
        return definition;
    }

    /** Parses "issued", "declined", "decline-rate" or "booked" (any case; "_" for "-" too). */
    public static RankingMeasure parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (RankingMeasure measure : values()) {
            if (measure.optionName.equals(wanted)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("--measure '" + text + "' is not a measure; expected one of "
                + Arrays.stream(values()).map(RankingMeasure::optionName).collect(Collectors.joining(", ")));
    }
}
