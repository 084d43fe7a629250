package org.ddor.report.followup;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Rate;

/**
 * Follow-up of subjects after a decline (DESIGN.md §5): of the subjects whose detainer was declined
 * in the period, how many received a later detainer within the window, beside a comparison group,
 * with censoring at the end of the data and the method stated in words. Built by
 * {@link FollowupReportBuilder}.
 *
 * @param header         what it is, for which period, window and data
 * @param measurable     false when no record of the period carries a subject identifier: then the
 *                       groups are empty and the method says why
 * @param declined       the cohort: subjects with a decline placed in the period; null when not measurable
 * @param comparison     subjects with a detainer issued in the period with a comparison outcome; null when
 *                       not measurable
 * @param withoutSubject records left out for want of a subject identifier
 * @param inBothGroups   subjects in both groups (each group is defined by its own index event)
 * @param method         the method, in words: cohort, window, censoring, comparison, exclusions
 * @param notes          what a reader must know besides, in words
 */
public record FollowupReport(Header header, boolean measurable, Group declined, Group comparison,
                             WithoutSubject withoutSubject, Count inBothGroups, List<String> method, List<String> notes) {

    public FollowupReport {
        method = List.copyOf(method);
        notes = List.copyOf(notes);
    }

    /**
     * @param dataEnd the end of the data (latest issued date in the store); windows ending after it are censored
     */
    public record Header(String title, String period, LocalDate from, LocalDate to, int windowDays, LocalDate dataEnd,
                         Edition edition, int threshold, int minimumDenominator, LocalDate dataFrom,
                         boolean generatedSampleData) {
    }

    /**
     * One group.
     *
     * @param name              "declined" or "comparison"
     * @param definition        who is in it and from which day they are followed, in words
     * @param subjects          subjects in the group (censored + observed)
     * @param censored          subjects whose window ends after the end of the data: not in the rate
     * @param censoredWithLater censored subjects with a later detainer seen before the end of the data
     * @param observed          subjects followed for the whole window: the rate's denominator
     * @param withLater         observed subjects with a later detainer in the window: the rate's numerator
     * @param rate              withLater / observed, with its 95% Wilson interval
     * @param indexFromIssued   subjects whose index date is the issued date, for want of a later date
     */
    public record Group(String name, String definition, Count subjects, Count censored, Count censoredWithLater,
                        Count observed, Count withLater, Rate rate, Count indexFromIssued) {
    }

    /**
     * @param declines             declines placed in the period without a subject identifier
     * @param declinesAll          declines placed in the period (duplicates and misdirected aside)
     * @param comparisonRecords    comparison-outcome detainers issued in the period without one
     * @param comparisonRecordsAll comparison-outcome detainers issued in the period
     */
    public record WithoutSubject(Count declines, Count declinesAll, Count comparisonRecords,
                                 Count comparisonRecordsAll) {
    }
}
