package org.ddor.report.series;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;

/**
 * Detainers issued, declines placed and bookings into ICE custody per week, month or fiscal year,
 * nationally or for one jurisdiction (DESIGN.md §5). Built by {@link SeriesReportBuilder}.
 *
 * @param header  what it is, for which period and data, and its definitions
 * @param buckets every bucket from the first to the last, empty ones included, oldest first
 * @param notes   what a reader must know, in words
 */
public record SeriesReport(Header header, List<Bucket> buckets, List<String> notes) {

    public SeriesReport {
        buckets = List.copyOf(buckets);
        notes = List.copyOf(notes);
    }

    /**
     * @param by               "week", "month" or "fiscal-year"
     * @param weekStart        first day of a week, e.g. "SATURDAY" (weeks only; null otherwise)
     * @param jurisdiction     the jurisdiction's FIPS code, or null for the nation
     * @param jurisdictionName e.g. "Montgomery County, PA", or "United States (all records)"
     */
    public record Header(String title, String period, LocalDate from, LocalDate to, String by, String weekStart,
                         String jurisdiction, String jurisdictionName, Edition edition, int threshold,
                         LocalDate dataFrom, LocalDate dataTo, boolean generatedSampleData, List<String> definitions) {

        public Header {
            definitions = List.copyOf(definitions);
        }
    }

    /**
     * One bucket.
     *
     * @param label    "2025-09-27" (a week by its first day), "2025-10", "FY2026"
     * @param firstDay the bucket's first day
     * @param lastDay  its last day (inclusive)
     * @param partial  true when the period or the data cover only part of the bucket
     * @param issued   detainers issued in the bucket
     * @param declined declines placed in the bucket, whenever issued
     * @param booked   detainers issued in the bucket whose outcome is booked into ICE custody
     */
    public record Bucket(String label, LocalDate firstDay, LocalDate lastDay, boolean partial, Count issued,
                         Count declined, Count booked) {
    }
}
