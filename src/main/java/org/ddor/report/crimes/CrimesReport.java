package org.ddor.report.crimes;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;

/**
 * Charge categories of declined detainers, beside those of all detainers issued, for comparison
 * (DESIGN.md §5). Categories only, never exact charges (§6). Built by {@link CrimesReportBuilder}.
 *
 * @param header     what it is, for which period and data, and its definitions
 * @param categories a row per category: categorised rows first (most declines first), then the rows
 *                   of records without a category, each saying why
 * @param declined   all declines placed in the period (the declined shares' denominator)
 * @param issued     all detainers issued in the period (the issued shares' denominator)
 * @param notes      what a reader must know, in words
 */
public record CrimesReport(Header header, List<CategoryRow> categories, Count declined, Count issued,
                           List<String> notes) {

    public CrimesReport {
        categories = List.copyOf(categories);
        notes = List.copyOf(notes);
    }

    public record Header(String title, String period, LocalDate from, LocalDate to, String jurisdiction,
                         String jurisdictionName, Edition edition, int threshold, LocalDate dataFrom,
                         LocalDate dataTo, boolean generatedSampleData, List<String> definitions) {

        public Header {
            definitions = List.copyOf(definitions);
        }
    }

    /**
     * @param category      the NCIC category in DDOR's words ("Dangerous drugs"), or, in brackets, why a
     *                      record has none ("(no conviction charge: pending criminal charges)")
     * @param categorised   false for the bracketed rows
     * @param declined      declines placed in the period in this category
     * @param declinedShare declined / all declines placed in the period (0..1), or null when the count is
     *                      suppressed or there are no declines
     * @param issued        detainers issued in the period in this category
     * @param issuedShare   issued / all detainers issued in the period, or null likewise
     */
    public record CategoryRow(String category, boolean categorised, Count declined, Double declinedShare, Count issued,
                              Double issuedShare) {
    }
}
