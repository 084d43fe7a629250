package org.ddor.report.profile;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Rate;
import org.ddor.report.series.SeriesReport.Bucket;

/**
 * One jurisdiction's page (DESIGN.md §5): who it is, its figures and monthly series, the outcomes of
 * the detainers it held, the policies over time (its own and its state's), the facilities it runs,
 * and the facilities near it whose records count for no one until a person resolves them.
 * Built by {@link JurisdictionProfileBuilder}.
 */
public record JurisdictionProfile(Header header, Identity jurisdiction, Totals totals, List<Bucket> monthly,
                                  List<OutcomeRow> outcomes, List<PolicyRow> policies, List<FacilityRow> facilities,
                                  List<FacilityRow> notAttributableNearby, List<String> notes) {

    public JurisdictionProfile {
        monthly = List.copyOf(monthly);
        outcomes = List.copyOf(outcomes);
        policies = List.copyOf(policies);
        facilities = List.copyOf(facilities);
        notAttributableNearby = List.copyOf(notAttributableNearby);
        notes = List.copyOf(notes);
    }

    /**
     * @param policiesOn the day the policies' "in effect" flag refers to: the period's last day, or the
     *                   last issued date of the data; null when the store is empty
     */
    public record Header(String title, String period, LocalDate from, LocalDate to, Edition edition, int threshold,
                         int minimumDenominator, LocalDate policiesOn, LocalDate dataFrom, LocalDate dataTo,
                         boolean generatedSampleData, List<String> definitions) {

        public Header {
            definitions = List.copyOf(definitions);
        }
    }

    /** The jurisdiction: FIPS code, name, kind (county, parish, state, ...), state and ICE AOR. */
    public record Identity(String fips, String name, String kind, String state, String stateName, String aor) {
    }

    /** Its figures for the period, defined as in the ranking. */
    public record Totals(Count issued, Count declined, Count declinedOfIssued, Rate declineRate, Count booked) {
    }

    /**
     * @param outcome the outcome's code, e.g. DECLINED_BY_LEA
     * @param label   its defined words, e.g. "declined by LEA"
     * @param share   count / detainers issued (0..1), or null when the count is hidden
     */
    public record OutcomeRow(String outcome, String label, Count detainers, Double share) {
    }

    /**
     * A policy row of the jurisdiction or of its state.
     *
     * @param statewide true when it is the state's policy, applying to the jurisdiction as part of the state
     * @param inEffect  true when in effect on the header's {@code policiesOn} day; null when there is no such day
     */
    public record PolicyRow(long id, String fips, String jurisdiction, boolean statewide, LocalDate enacted,
                            String enactedRaw, String instrument, String title, String category, String criteria,
                            LocalDate effectiveFrom, LocalDate effectiveTo, String source, Boolean inEffect) {
    }

    /**
     * A facility with what resolution said about it.
     *
     * @param records   detainers issued in the period that the facility held at the outcome
     * @param mentions  for a facility near the jurisdiction: why it is listed; null for its own facilities
     */
    public record FacilityRow(long id, String iceCode, String name, String city, String state, String operator,
                              String resolution, String evidence, Count records, String mentions) {
    }
}
