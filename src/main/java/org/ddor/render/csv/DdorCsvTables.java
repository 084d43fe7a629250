package org.ddor.render.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ddor.report.Count;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReport.Burst;
import org.ddor.report.ddor.DdorReport.DataFidelity;
import org.ddor.report.ddor.DdorReport.DeclineGroup;
import org.ddor.report.ddor.DdorReport.DeclineRow;
import org.ddor.report.ddor.DdorReport.Exclusion;
import org.ddor.report.ddor.DdorReport.Input;
import org.ddor.report.ddor.DdorReport.Placement;
import org.ddor.report.ddor.DdorReport.PolicyEntry;
import org.ddor.report.ddor.DdorReport.RestrictedJurisdiction;
import org.ddor.report.ddor.DdorReport.SourceCoverage;
import org.ddor.report.ddor.DdorReport.TrendPoint;

/**
 * The tables of the Declined Detainer Outcome Report as CSV (column meanings: docs/report-schema.md).
 * Column names are stable: a new column is added at the end, none is renamed. A count cell holds
 * the number, or the count's display ("&lt;5") when it is suppressed — never the suppressed value.
 * Columns ending in {@code _trace} hold the figure key for {@code ddor report rows}.
 */
public final class DdorCsvTables {

    /** The notice every output of generated sample data carries. */
    public static final String GENERATED_NOTICE = "GENERATED SAMPLE DATA — not real records";

    /** The tables in the order the zip holds them. */
    public static final List<String> NAMES = List.of("metadata", "inputs", "summary", "trend", "section1", "section2",
            "section3", "section4_sources", "section4_exclusions", "section4_placement", "section4_bursts",
            "section4_flags");

    private DdorCsvTables() {
    }

    /** Every table, in {@link #NAMES} order. */
    public static List<CsvTable> of(DdorReport report) {
        List<CsvTable> tables = new ArrayList<>();
        for (String name : NAMES) {
            tables.add(table(report, name));
        }
        return tables;
    }

    /** One table by name; throws with the list of names otherwise. */
    public static CsvTable table(DdorReport report, String name) {
        DataFidelity fidelity = report.sectionIV();
        return switch (name) {
            case "metadata" -> metadata(report);
            case "inputs" -> inputs(report.header().inputs());
            case "summary" -> summary(report);
            case "trend" -> trend(report.trend());
            case "section1" -> sectionOne(report.sectionI());
            case "section2" -> sectionTwo(report.sectionII());
            case "section3" -> sectionThree(report.sectionIII());
            case "section4_sources" -> sources(fidelity.sources());
            case "section4_exclusions" -> exclusions(fidelity.exclusions());
            case "section4_placement" -> placements(fidelity.placementRules());
            case "section4_bursts" -> bursts(fidelity.bursts());
            case "section4_flags" -> flags(fidelity);
            default -> throw new IllegalArgumentException("unknown table '" + name + "'; expected one of "
                    + String.join(", ", NAMES));
        };
    }

    private static CsvTable metadata(DdorReport report) {
        DdorReport.Header header = report.header();
        DdorParameters parameters = header.parameters();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("title", header.title()));
        rows.add(List.of("notice", header.generatedSampleData() ? GENERATED_NOTICE : ""));
        rows.add(List.of("generated_sample_data", text(header.generatedSampleData())));
        rows.add(List.of("period", parameters.period().label()));
        rows.add(List.of("period_kind", parameters.period().kind().name().toLowerCase(Locale.ROOT)));
        rows.add(List.of("period_from", text(parameters.period().from())));
        rows.add(List.of("period_to", text(parameters.period().to())));
        rows.add(List.of("edition", parameters.edition().name().toLowerCase(Locale.ROOT)));
        rows.add(List.of("suppression_threshold", text(parameters.suppression().threshold())));
        rows.add(List.of("section1_top", text(parameters.top())));
        rows.add(List.of("old_detainer_days", text(parameters.oldDetainerDays())));
        rows.add(List.of("data_from", text(header.dataFrom())));
        rows.add(List.of("data_to", text(header.dataTo())));
        rows.add(List.of("parameters", parameters.canonical()));
        return new CsvTable("metadata", List.of("field", "value"), rows);
    }

    private static CsvTable inputs(List<Input> inputs) {
        return new CsvTable("inputs", List.of("release_id", "name", "kind", "sha256", "generated"),
                inputs.stream().map(input -> List.of(text(input.releaseId()), input.name(), input.kind(),
                        input.sha256(), text(input.generated()))).toList());
    }

    private static CsvTable summary(DdorReport report) {
        DdorReport.Summary summary = report.summary();
        return new CsvTable("summary", List.of("figure", "count", "trace"), List.of(
                countRow("issued", summary.issued()),
                countRow("declined", summary.declined()),
                countRow("issued_to_restricted", summary.issuedToRestricted()),
                List.of("jurisdictions_with_declines", text(summary.jurisdictions()), ""),
                List.of("states_with_declines", text(summary.states()), "")));
    }

    private static CsvTable trend(List<TrendPoint> trend) {
        return new CsvTable("trend", List.of("first_day", "last_day", "issued", "declined", "issued_trace",
                "declined_trace"), trend.stream().map(point -> List.of(text(point.firstDay()), text(point.lastDay()),
                count(point.issued()), count(point.declined()), point.issued().trace(), point.declined().trace())).toList());
    }

    private static CsvTable sectionOne(List<RestrictedJurisdiction> rows) {
        return new CsvTable("section1", List.of("rank", "fips", "jurisdiction", "state", "aor", "policy_category",
                "issued", "declined", "issued_trace", "declined_trace"), rows.stream().map(row -> List.of(
                text(row.rank()), row.fips(), text(row.name()), text(row.state()), text(row.aor()),
                text(row.policyCategory()), count(row.issued()), count(row.declined()), row.issued().trace(),
                row.declined().trace())).toList());
    }

    private static CsvTable sectionTwo(List<DeclineGroup> groups) {
        List<List<String>> rows = new ArrayList<>();
        for (DeclineGroup group : groups) {
            for (DeclineRow row : group.rows()) {
                rows.add(List.of(group.fips(), text(group.name()), text(group.state()), text(group.aor()),
                        text(group.policy()), count(group.declines()), text(group.generalised()), text(row.detainerId()),
                        text(row.citizenship()), text(row.issued()), text(row.declined()), text(row.declinedRule()),
                        text(row.ageDays()), text(row.chargeCategory()), text(row.charge()), text(row.criminality()),
                        group.declines().trace()));
            }
        }
        return new CsvTable("section2", List.of("fips", "jurisdiction", "state", "aor", "policy", "group_declines",
                "generalised", "detainer_id", "citizenship", "issued", "declined", "declined_rule", "age_days",
                "charge_category", "charge", "criminality", "group_trace"), rows);
    }

    private static CsvTable sectionThree(List<PolicyEntry> policies) {
        return new CsvTable("section3", List.of("fips", "jurisdiction", "aor", "enacted", "enacted_raw", "instrument",
                "criteria", "category", "effective_from", "effective_to", "source"), policies.stream().map(policy -> List.of(
                policy.fips(), text(policy.jurisdiction()), text(policy.aor()), text(policy.enacted()),
                text(policy.enactedRaw()), text(policy.instrument()), text(policy.criteria()), text(policy.category()),
                text(policy.effectiveFrom()), text(policy.effectiveTo()), text(policy.source()))).toList());
    }

    private static CsvTable sources(List<SourceCoverage> sources) {
        return new CsvTable("section4_sources", List.of("release_id", "name", "kind", "first_issued", "last_issued",
                "records", "has_declined_dates", "generated"), sources.stream().map(source -> List.of(
                text(source.releaseId()), source.name(), source.kind(), text(source.firstIssued()),
                text(source.lastIssued()), text(source.records()), text(source.hasDeclinedDates()),
                text(source.generated()))).toList());
    }

    private static CsvTable exclusions(List<Exclusion> exclusions) {
        return new CsvTable("section4_exclusions", List.of("reason", "issued", "declined", "issued_trace",
                "declined_trace"), exclusions.stream().map(exclusion -> List.of(exclusion.reason(),
                count(exclusion.issued()), count(exclusion.declined()), exclusion.issued().trace(),
                exclusion.declined().trace())).toList());
    }

    private static CsvTable placements(List<Placement> placements) {
        return new CsvTable("section4_placement", List.of("rule", "declines", "trace"), placements.stream()
                .map(placement -> List.of(placement.rule(), count(placement.declines()), placement.declines().trace()))
                .toList());
    }

    private static CsvTable bursts(List<Burst> bursts) {
        return new CsvTable("section4_bursts", List.of("day", "fips", "jurisdiction", "declines", "median_age_days",
                "trace"), bursts.stream().map(burst -> List.of(text(burst.day()), burst.fips(), text(burst.jurisdiction()),
                count(burst.declines()), text(burst.medianAgeDays()), burst.declines().trace())).toList());
    }

    private static CsvTable flags(DataFidelity fidelity) {
        return new CsvTable("section4_flags", List.of("figure", "count", "trace"), List.of(
                countRow("old_declines", fidelity.oldDeclines()),
                countRow("transfers_reattributed", fidelity.transfersReattributed()),
                List.of("open_disputes", text(fidelity.openDisputes()), "")));
    }

    private static List<String> countRow(String figure, Count count) {
        return List.of(figure, count(count), count.trace());
    }

    /** A count as a CSV cell: the number, or "&lt;5" when suppressed (the value never leaves the process). */
    static String count(Count count) {
        return count.suppressed() ? count.display() : Long.toString(count.value());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
