package org.ddor.report.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.StoreCoverage;
import org.ddor.report.followup.FollowupReport.Group;
import org.ddor.report.followup.FollowupReport.WithoutSubject;

/** The follow-up's method in words, with this run's figures: printed with every output. */
final class FollowupMethod {

    private FollowupMethod() {
    }

    static String declinedDefinition(FollowupParameters parameters) {
        return "Subjects with a decline placed in the period; each enters once, on the placing date of their first"
                + " such decline (the recorded-as-declined date, else the outcome date, else the issued date).";
    }

    static String comparisonDefinition(FollowupParameters parameters) {
        return "Subjects with a detainer issued in the period whose outcome is " + FollowupReportBuilder.COMPARISON_OUTCOMES
                + "; each enters once, on the outcome date of their first such detainer, else its issued date.";
    }

    static List<String> method(FollowupParameters parameters, LocalDate dataEnd, boolean measurable, Group declined,
                               Group comparison, WithoutSubject without, Count inBoth) {
        int window = parameters.windowDays();
        List<String> method = new ArrayList<>();
        if (!measurable && without.declinesAll().value() + without.comparisonRecordsAll().value() == 0) {
            method.add("No declines were placed and no comparison detainers were issued in the period: nothing to follow.");
        } else if (!measurable) {
            method.add("Follow-up cannot be measured for this period: none of its records carries a subject identifier"
                    + " (ICE's foia-2015 layout has none; current ERO-LESA releases have unique_identifier). Without one"
                    + " a later detainer cannot be linked to the same person, and DDOR never links records by other traits.");
        }
        method.add("Cohort: " + declinedDefinition(parameters).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + declinedDefinition(parameters).substring(1) + " Subjects are known only by the release's pseudonymous"
                + " identifier." + (declined == null ? "" : " " + declined.indexFromIssued().display() + " of them"
                + " enter on the issued date because the declined date is unknown: their window starts before the"
                + " decline happened."));
        method.add("Follow-up event: a later detainer for the same subject, i.e. any detainer (duplicates aside) issued"
                + " after the index date and no more than " + window + " days after it, at any facility, with any outcome.");
        method.add("Censoring: the data end on " + (dataEnd == null ? "(no data)" : dataEnd.toString())
                + ", the latest issued date in the store. A subject whose window (index date + " + window + " days) ends"
                + " after that day is censored: counted separately, with the later detainers seen so far, and left out"
                + " of the rate's denominator. Nothing is extrapolated: censored subjects are never assumed to have,"
                + " or not to have, a later detainer.");
        method.add("Comparison group: " + comparisonDefinition(parameters).substring(0, 1).toLowerCase(java.util.Locale.ROOT)
                + comparisonDefinition(parameters).substring(1) + " Left out: declined (the cohort), booked into ICE"
                + " custody (the person was taken into ICE custody), citizen / not removable and died. Same window and"
                + " censoring. A subject can be in both groups" + (measurable ? " (" + inBoth.display() + " are)" : "")
                + ": each group is defined by its own index event, never by what happened later.");
        method.add("Rates: observed subjects with a later detainer / observed subjects, with 95% Wilson score intervals;"
                + " withheld under " + parameters.minimumDenominator() + " observed subjects.");
        method.add("Left out for want of a subject identifier: " + without.declines().display() + " of "
                + without.declinesAll().display() + " declines placed in the period, and "
                + without.comparisonRecords().display() + " of " + without.comparisonRecordsAll().display()
                + " comparison-outcome detainers issued in it. Misdirected detainers are never an index event.");
        method.add("Reading it: a later detainer means ICE sought the person again, not that anything else happened."
                + " The groups differ in who they are and why their detainers ended, so a difference between the two"
                + " rates is not an effect of the decline; an unknown outcome may be a detainer still open.");
        return method;
    }

    static List<String> notes(StoreCoverage coverage, Group declined) {
        List<String> notes = new ArrayList<>();
        if (declined != null && declined.observed().value() == 0 && declined.censored().value() > 0) {
            notes.add("Every declined subject's window runs past the end of the data (" + coverage.lastIssued()
                    + "): no rate can be given yet. Choose an earlier period or a shorter --window.");
        }
        if (coverage.generatedCaveat() != null) {
            notes.add(coverage.generatedCaveat());
        }
        return notes;
    }
}
