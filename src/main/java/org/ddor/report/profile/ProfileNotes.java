package org.ddor.report.profile;

import java.util.ArrayList;
import java.util.List;
import org.ddor.report.StoreCoverage;
import org.ddor.report.profile.JurisdictionProfile.FacilityRow;
import org.ddor.report.profile.JurisdictionProfile.Identity;
import org.ddor.report.profile.JurisdictionProfile.Totals;
import org.ddor.report.series.SeriesReport.Bucket;

/** The notes under a jurisdiction profile, computed. */
final class ProfileNotes {

    private ProfileNotes() {
    }

    static List<String> of(Identity identity, Totals totals, List<Bucket> monthly, List<FacilityRow> facilities,
                           List<FacilityRow> nearby, StoreCoverage coverage) {
        List<String> notes = new ArrayList<>();
        if (facilities.isEmpty()) {
            notes.add("No facility in the store is attributed to this jurisdiction: no record counts for it.");
        }
        long nearbyRecords = nearby.stream().mapToLong(row -> row.records().value()).sum();
        if (nearbyRecords > 0) {
            notes.add(nearby.size() + " facilit" + (nearby.size() == 1 ? "y" : "ies") + " near it "
                    + (nearby.size() == 1 ? "holds" : "hold") + " records of the period that count for no jurisdiction"
                    + " until a person resolves " + (nearby.size() == 1 ? "it" : "them") + ".");
        }
        if (monthly.stream().anyMatch(Bucket::partial)) {
            notes.add("Months marked partial are covered only in part by the period or by the data.");
        }
        if (!totals.declineRate().shown()) {
            notes.add("The decline rate is withheld: " + totals.declineRate().withheld() + ".");
        }
        if (coverage.generatedCaveat() != null) {
            notes.add(coverage.generatedCaveat());
        }
        return notes;
    }
}
