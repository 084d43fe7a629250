package org.ddor.report.ranking;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Rate;

/**
 * A ranking of jurisdictions, facilities, states or AORs by detainers issued, declines, decline rate
 * or bookings (DESIGN.md §5), with every numerator and denominator shown. Built by
 * {@link RankingReportBuilder}; rendered to JSON, CSV and text from this one model.
 *
 * @param header   what it is, for which period and data, and the definitions that apply
 * @param rows     the ranked units, best first
 * @param excluded what counts for no unit, and which units were not ranked
 * @param notes    what a reader must know to read it, in words
 */
public record RankingReport(Header header, List<RankedUnit> rows, Excluded excluded, List<String> notes) {

    public RankingReport {
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * @param title               e.g. "Jurisdictions ranked by decline rate"
     * @param period              the period in words, or "all data (...)"
     * @param from                first day, or null for all the data
     * @param to                  last day, or null for all the data
     * @param unit                "jurisdiction", "facility", "state" or "aor"
     * @param measure             "issued", "declined", "decline-rate" or "booked"
     * @param minimumDenominator  rates over fewer detainers issued are withheld and not ranked
     * @param dataFrom            first issued date in the store, or null when empty
     * @param dataTo              last issued date in the store, or null when empty
     * @param generatedSampleData true when built from generated sample data: every rendering says so
     * @param definitions         the unit's and the figures' definitions, in words
     */
    public record Header(String title, String period, LocalDate from, LocalDate to, String unit, String measure,
                         int top, Edition edition, int threshold, int minimumDenominator, LocalDate dataFrom,
                         LocalDate dataTo, boolean generatedSampleData, List<String> definitions) {

        public Header {
            definitions = List.copyOf(definitions);
        }
    }

    /**
     * One ranked unit.
     *
     * @param rank             1-based; units with equal values share a rank (1, 2, 2, 4)
     * @param tied             true when another unit, shown or not, shares the rank
     * @param key              the unit's identity: FIPS code, facility id, USPS state code or AOR code
     * @param name             its name, e.g. "Montgomery County" or ICE's facility text
     * @param kind             county, city, state, ... for a jurisdiction; the operator for a facility
     * @param state            USPS code, or null
     * @param aor              ICE Area of Responsibility code, or null
     * @param detail           for a facility: city, ICE code and who runs it; for a jurisdiction its FIPS
     * @param issued           detainers issued in the period
     * @param declined         declines placed in the period, whenever issued
     * @param declinedOfIssued declines among the detainers issued in the period
     * @param declineRate      declinedOfIssued / issued, with its 95% Wilson interval
     * @param booked           detainers issued in the period booked into ICE custody
     */
    public record RankedUnit(int rank, boolean tied, String key, String name, String kind, String state, String aor,
                             String detail, Count issued, Count declined, Count declinedOfIssued, Rate declineRate,
                             Count booked) {
    }

    /**
     * @param issuedWithoutUnit    detainers issued in the period that count for no unit (null for facilities)
     * @param declinedWithoutUnit  declines placed in the period that count for no unit (null for facilities)
     * @param units                units with at least one detainer issued or decline placed in the period
     * @param unitsWithNone        units left out of the ranking because their measure is zero
     * @param unitsBelowMinimum    units not ranked by rate: fewer detainers issued than the minimum
     * @param unitsSuppressed      units not ranked by rate in the public edition: a count below the threshold
     * @param tiedBeyondTop        units not shown that tie with the last row shown
     */
    public record Excluded(Count issuedWithoutUnit, Count declinedWithoutUnit, int units, int unitsWithNone,
                           int unitsBelowMinimum, int unitsSuppressed, int tiedBeyondTop) {
    }
}
