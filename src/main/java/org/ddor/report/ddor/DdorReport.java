package org.ddor.report.ddor;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;

/**
 * The Declined Detainer Outcome Report for one period (DESIGN.md §5): built once by
 * {@link DdorReportBuilder} and rendered to HTML, PDF, CSV and JSON from this one model.
 * Every {@link Count} carries the key that lists the records behind it.
 */
public record DdorReport(Header header, Summary summary, List<TrendPoint> trend, List<RestrictedJurisdiction> sectionI,
                         List<DeclineGroup> sectionII, List<PolicyEntry> sectionIII, DataFidelity sectionIV) {

    public DdorReport {
        trend = List.copyOf(trend);
        sectionI = List.copyOf(sectionI);
        sectionII = List.copyOf(sectionII);
        sectionIII = List.copyOf(sectionIII);
    }

    /**
     * @param title               "Declined Detainer Outcome Report"
     * @param parameters          what it was built for
     * @param generatedSampleData true when any input is DDOR's generated sample data: every rendering says so
     * @param inputs              the releases read
     * @param dataFrom            earliest issued date in the store, or null when empty
     * @param dataTo              latest issued date in the store, or null when empty
     */
    public record Header(String title, DdorParameters parameters, boolean generatedSampleData, List<Input> inputs,
                         LocalDate dataFrom, LocalDate dataTo) {

        public Header {
            inputs = List.copyOf(inputs);
        }
    }

    /** A release the report read: id, name, checksum and whether it is generated sample data. */
    public record Input(long releaseId, String name, String kind, String sha256, boolean generated) {
    }

    /**
     * @param issued            detainers issued in the period, nationally (duplicates counted once)
     * @param declined          declines placed in the period (see Section II's rules), all jurisdictions
     * @param issuedToRestricted detainers issued in the period to jurisdictions with a restrictive policy in effect
     * @param jurisdictions     jurisdictions with declines in Section II
     * @param states            states of those jurisdictions
     */
    public record Summary(Count issued, Count declined, Count issuedToRestricted, int jurisdictions, int states) {
    }

    /** One of the twelve 7-day periods ending on the report's last day, for the trend chart. */
    public record TrendPoint(LocalDate firstDay, LocalDate lastDay, Count issued, Count declined) {
    }

    /**
     * A Section I row: a jurisdiction with a restrictive policy in effect, by detainers issued to it (to its
     * facilities, whatever happened after), and how many of those it declined itself (it was the custodian at
     * the decline: a detainer transferred and declined elsewhere is not its decline).
     */
    public record RestrictedJurisdiction(int rank, String fips, String name, String state, String aor,
                                         String policyCategory, Count issued, Count declined) {
    }

    /**
     * A Section II group: the declines placed in the period of one jurisdiction.
     *
     * @param policy      the jurisdiction's policy in effect at the end of the period, in words, or null
     * @param generalised true when the public edition shows months instead of days for this group (small group)
     */
    public record DeclineGroup(String fips, String name, String state, String aor, String policy, Count declines,
                               boolean generalised, List<DeclineRow> rows) {

        public DeclineGroup {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One declined detainer as Section II lists it; never a name.
     *
     * @param issued        ISO date, or "YYYY-MM" when generalised
     * @param declined      ISO date or "YYYY-MM", or null when the declined date is unknown
     * @param declinedRule  which rule placed it in the period
     * @param ageDays       days from issue to the declined date, or null when generalised or when the declined
     *                      date is unknown (placed by the issued date: its age is unknown, not 0)
     * @param charge        the most serious charge as ICE names it: official edition only, else null
     */
    public record DeclineRow(long detainerId, String citizenship, String issued, String declined, String declinedRule,
                             Long ageDays, String chargeCategory, String charge, String criminality) {
    }

    /** A Section III row. */
    public record PolicyEntry(String fips, String jurisdiction, String aor, LocalDate enacted, String enactedRaw,
                              String instrument, String criteria, String category, LocalDate effectiveFrom,
                              LocalDate effectiveTo, String source) {
    }

    /**
     * Section IV, computed from the data.
     *
     * @param sources              releases read, with what they cover
     * @param exclusions           records of the period that count for no jurisdiction, by reason
     * @param placementRules       how many of the period's declines each rule placed
     * @param bursts               days with many declines recorded at once
     * @param oldDeclines          declines of detainers issued more than the parameter's days before
     * @param transfersReattributed declines attributed to a facility the person was transferred to
     * @param openDisputes         disputes still open
     * @param caveats              standing caveats, in words
     */
    public record DataFidelity(List<SourceCoverage> sources, List<Exclusion> exclusions, List<Placement> placementRules,
                               List<Burst> bursts, Count oldDeclines, Count transfersReattributed, long openDisputes,
                               List<String> caveats) {

        public DataFidelity {
            sources = List.copyOf(sources);
            exclusions = List.copyOf(exclusions);
            placementRules = List.copyOf(placementRules);
            bursts = List.copyOf(bursts);
            caveats = List.copyOf(caveats);
        }
    }

    public record SourceCoverage(long releaseId, String name, String kind, LocalDate firstIssued, LocalDate lastIssued,
                                 long records, boolean hasDeclinedDates, boolean generated) {
    }

    /**
     * Records of the period excluded from jurisdiction figures: {@code issued} by issued date, for a reason of
     * the receiving facility; {@code declined} by placed decline date, for a reason of the custodian at the
     * decline. The trace keys carry the reason's code (docs/report-schema.md).
     */
    public record Exclusion(String reason, Count issued, Count declined) {
    }

    public record Placement(String rule, Count declines) {
    }

    /** A day on which one jurisdiction had many declines recorded. */
    public record Burst(LocalDate day, String fips, String jurisdiction, Count declines, Long medianAgeDays) {
    }
}
