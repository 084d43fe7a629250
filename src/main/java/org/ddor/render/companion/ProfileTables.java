package org.ddor.render.companion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ddor.render.table.Column;
import org.ddor.render.table.Table;
import org.ddor.render.table.Tabulated;
import org.ddor.render.table.Tabulator;
import org.ddor.report.profile.JurisdictionProfile;
import org.ddor.report.profile.JurisdictionProfile.FacilityRow;

/** A jurisdiction profile as six tables: summary, monthly, outcomes, policies, facilities, nearby. */
public final class ProfileTables implements Tabulator<JurisdictionProfile> {

    @Override
    public Tabulated tabulate(JurisdictionProfile profile) {
        JurisdictionProfile.Header header = profile.header();
        List<String> lines = new ArrayList<>();
        lines.add("Period: " + header.period());
        lines.add(HeaderLines.edition(header.edition(), header.threshold()));
        lines.add(HeaderLines.data(header.dataFrom(), header.dataTo(), header.generatedSampleData()));
        lines.addAll(header.definitions());
        return new Tabulated(header.title(), lines, List.of(summary(profile),
                SeriesTables.table("monthly", "Per month", profile.monthly()), outcomes(profile), policies(profile),
                facilities("facilities", "Facilities it runs", profile.facilities()),
                facilities("not_attributable_nearby", "Records not attributable near it", profile.notAttributableNearby())),
                profile.notes());
    }

    private static Table summary(JurisdictionProfile profile) {
        JurisdictionProfile.Identity who = profile.jurisdiction();
        JurisdictionProfile.Totals totals = profile.totals();
        List<Column> columns = List.of(Column.of("fips", "FIPS"), Column.of("name", "name"), Column.of("kind", "kind"),
                Column.of("state", "state"), Column.of("aor", "AOR"), Column.of("issued", "issued"),
                Column.of("declined", "declined"), Column.of("declined_of_issued", "declined of issued"),
                Column.rate("decline_rate", "decline rate (95% CI)"), Column.of("booked", "booked"));
        return new Table("summary", null, columns, List.of(Arrays.asList(who.fips(), who.name(),
                who.kind().toLowerCase(java.util.Locale.ROOT), who.state(), who.aor(), totals.issued(), totals.declined(),
                totals.declinedOfIssued(), totals.declineRate(), totals.booked())));
    }

    private static Table outcomes(JurisdictionProfile profile) {
        List<Column> columns = List.of(Column.of("outcome", "outcome"), Column.of("detainers", "detainers"),
                Column.of("share", "share"));
        List<List<Object>> rows = new ArrayList<>();
        profile.outcomes().forEach(row -> rows.add(Arrays.asList(row.label(), row.detainers(), row.share())));
        return new Table("outcomes", "Outcomes of the detainers issued in the period", columns, rows);
    }

    private static Table policies(JurisdictionProfile profile) {
        List<Column> columns = List.of(Column.of("fips", "FIPS"), Column.of("jurisdiction", "jurisdiction"),
                Column.of("statewide", "state-wide"), Column.of("effective_from", "from"),
                Column.of("effective_to", "to"), Column.of("in_effect", "in effect"),
                Column.of("enacted", "enacted"), Column.of("category", "category"),
                Column.of("instrument", "instrument"), Column.of("criteria", "criteria"), Column.of("source", "source"));
        List<List<Object>> rows = new ArrayList<>();
        profile.policies().forEach(row -> rows.add(Arrays.asList(row.fips(), row.jurisdiction(), row.statewide(),
                row.effectiveFrom(), row.effectiveTo(), row.inEffect(),
                row.enactedRaw() != null ? row.enactedRaw() : row.enacted(), row.category(), row.instrument(),
                row.criteria(), row.source())));
        return new Table("policies", "Policies over time (its own and its state's)", columns, rows);
    }

    private static Table facilities(String name, String title, List<FacilityRow> facilities) {
        List<Column> columns = List.of(Column.of("facility_id", "id"), Column.of("ice_code", "ICE code"),
                Column.of("name", "facility"), Column.of("city", "city"), Column.of("state", "state"),
                Column.of("operator", "operator"), Column.of("resolution", "resolution"),
                Column.of("records", "records"), Column.of("mentions", "why listed"), Column.of("evidence", "evidence"));
        List<List<Object>> rows = new ArrayList<>();
        facilities.forEach(row -> rows.add(Arrays.asList(Long.toString(row.id()), row.iceCode(), row.name(), row.city(), row.state(),
                row.operator().toLowerCase(java.util.Locale.ROOT), row.resolution().toLowerCase(java.util.Locale.ROOT),
                row.records(), row.mentions(), row.evidence())));
        return new Table(name, title, columns, rows);
    }
}
