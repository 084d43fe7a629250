package org.ddor.ingest.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ddor.domain.PolicyCategory;

/**
 * What a policy table gave: every data row is in exactly one of {@link #policies()} and
 * {@link #rejects()} (blank rows are neither), so {@code rowsRead == policies.size() + rejects.size()}.
 *
 * @param fileName       the file's name as given to the reader
 * @param rowsRead       data rows after the header that have at least one non-blank cell
 * @param policies       loaded policies in file order; a jurisdiction with several forms a dated
 *                       history (an earlier policy's effectiveTo is the next one's effectiveFrom)
 * @param rejects        rows not loaded, in file order
 * @param notes          everything the reader changed, read into, or noticed, one line each
 *                       ("row 95: ZIP code 99301 removed from ..."); the importer prints them
 * @param generated      true when a comment above the header says GENERATED: not real policies
 * @param unknownColumns header texts of columns outside the layout (e.g. "Designation"), ignored
 */
public record PolicyTable(String fileName, int rowsRead, List<PolicyRow> policies, List<RejectedRow> rejects,
                          List<String> notes, boolean generated, List<String> unknownColumns) {

    public PolicyTable {
        policies = List.copyOf(policies);
        rejects = List.copyOf(rejects);
        notes = List.copyOf(notes);
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** Number of loaded policies per category, every category present (zero when none). */
    public Map<PolicyCategory, Integer> countByCategory() {
        Map<PolicyCategory, Integer> counts = new EnumMap<>(PolicyCategory.class);
        for (PolicyCategory category : PolicyCategory.values()) {
            counts.put(category, 0);
        }
        policies.forEach(row -> counts.merge(row.policy().category(), 1, Integer::sum));
        return counts;
    }
}
