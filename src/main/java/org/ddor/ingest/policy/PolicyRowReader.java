package org.ddor.ingest.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ddor.domain.Policy;
import org.ddor.domain.PolicyCategory;

/**
 * Reads the data rows of one policy table: each row becomes a {@link PolicyRow} or a
 * {@link RejectedRow}, and what was read into a row is noted. Not thread-safe: one per file.
 */
final class PolicyRowReader {

    private final String fileName;
    private final PolicyHeader header;
    private final LocationResolver locations;
    private final List<String> notes;
    private final List<PolicyRow> policies = new ArrayList<>();
    private final List<RejectedRow> rejects = new ArrayList<>();
    /** Row of the first occurrence, by the row's cells exactly as written (trimmed). */
    private final Map<List<String>, Long> firstByCells = new HashMap<>();
    /** Row of the first occurrence, by jurisdiction, date, instrument and criteria ignoring case and spacing. */
    private final Map<String, Long> firstBySubstance = new HashMap<>();
    private final Set<Long> loadedRows = new HashSet<>();
    private int rowsRead;

    PolicyRowReader(String fileName, PolicyHeader header, LocationResolver locations, List<String> notes) {
        this.fileName = fileName;
        this.header = header;
        this.locations = locations;
        this.notes = notes;
    }

    /** Reads one data row; blank rows are skipped and not counted. */
    void read(long row, List<String> fields) {
        if (fields.stream().allMatch(String::isBlank)) {
            return;
        }
        rowsRead++;
        String location = header.cell(fields, PolicyColumn.LOCATION);
        Long first = firstByCells.putIfAbsent(fields.stream().map(String::strip).toList(), row);
        if (first != null) {
            duplicate(row, first, location, "identical in every cell");
            return;
        }
        noteExtraCells(row, fields);
        LocationResolver.Result place = locations.resolve(location);
        place.notes().forEach(note -> notes.add("row " + row + ": " + note));
        if (!place.isResolved()) {
            reject(row, PolicyColumn.LOCATION, place.rejection(), location);
            return;
        }
        readResolved(row, fields, place);
    }

    private void readResolved(long row, List<String> fields, LocationResolver.Result place) {
        String enactedCell = header.cell(fields, PolicyColumn.ENACTED);
        EnactedDate enacted;
        try {
            enacted = EnactedDateParser.parse(enactedCell);
        } catch (IllegalArgumentException e) {
            reject(row, PolicyColumn.ENACTED, e.getMessage(), enactedCell);
            return;
        }
        String criteria = header.cell(fields, PolicyColumn.CRITERIA).strip();
        if (criteria.isEmpty()) {
            reject(row, PolicyColumn.CRITERIA, "no criteria; a policy's category is derived from them", "");
            return;
        }
        String instrument = header.cell(fields, PolicyColumn.INSTRUMENT).strip();
        if (instrument.isEmpty()) {
            notes.add("row " + row + ": no '" + header.title(PolicyColumn.INSTRUMENT)
                    + "' (instrument) given; loaded without one");
        }
        String substance = place.jurisdiction().fips() + "|" + enacted.date() + "|" + plain(instrument)
                + "|" + plain(criteria);
        Long first = firstBySubstance.putIfAbsent(substance, row);
        if (first != null) {
            duplicate(row, first, header.cell(fields, PolicyColumn.LOCATION), "differs only in case or spacing");
            return;
        }
        PolicyCategoryRules.Rule rule = PolicyCategoryRules.decidingRule(criteria);
        policies.add(policyRow(row, fields, place, enacted, instrument, criteria, rule));
        loadedRows.add(row);
    }

    private PolicyRow policyRow(long row, List<String> fields, LocationResolver.Result place, EnactedDate enacted,
                                String instrument, String criteria, PolicyCategoryRules.Rule rule) {
        PolicyCategory category = rule.category();
        Policy policy = new Policy(place.jurisdiction().fips(), enacted.date(), enacted.raw(),
                instrument.isEmpty() ? null : instrument, criteria, category, fileName + ", row " + row,
                enacted.date(), null);
        return new PolicyRow(policy, place.jurisdiction(), row, header.cell(fields, PolicyColumn.LOCATION),
                place.aor(), enacted.precision(), rule.id());
    }

    private void duplicate(long row, long first, String location, String how) {
        String reason = "duplicate of row " + first + " (" + how + ")"
                + (loadedRows.contains(first) ? "; loaded once" : "; row " + first + " was not loaded either");
        notes.add("row " + row + ": '" + location.strip() + "' is a " + reason);
        rejects.add(new RejectedRow(fileName, row, null, reason, location));
    }

    private void reject(long row, PolicyColumn column, String reason, String rawValue) {
        rejects.add(new RejectedRow(fileName, row, header.title(column), reason, rawValue));
    }

    private void noteExtraCells(long row, List<String> fields) {
        long extra = fields.stream().skip(header.cells().size()).filter(f -> !f.isBlank()).count();
        if (extra > 0) {
            notes.add("row " + row + ": " + extra + " cell(s) to the right of the header's last column ignored");
        }
    }

    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    int rowsRead() {
        return rowsRead;
    }

    List<PolicyRow> policies() {
        return policies;
    }

    List<RejectedRow> rejects() {
        return rejects;
    }
}
