package org.ddor.ingest.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ddor.domain.Policy;

/**
 * Turns several policies of one jurisdiction into a dated history: each policy is in effect from
 * its enacted date until the next later-enacted policy of the same jurisdiction takes effect
 * (its effectiveTo is that policy's effectiveFrom). Policies enacted on the same date are in
 * effect together. Each history is described in a note. Stateless.
 */
final class PolicyHistory {

    private PolicyHistory() {
    }

    /** The rows with effectiveTo set, in the order given; a note per jurisdiction with several policies. */
    static List<PolicyRow> link(List<PolicyRow> rows, List<String> notes) {
        Map<String, List<PolicyRow>> byJurisdiction = rows.stream()
                .collect(Collectors.groupingBy(r -> r.jurisdiction().fips(), LinkedHashMap::new, Collectors.toList()));
        Map<PolicyRow, PolicyRow> replaced = new LinkedHashMap<>();
        for (List<PolicyRow> group : byJurisdiction.values()) {
            if (group.size() > 1) {
                replaced.putAll(closeEarlier(group, notes));
            }
        }
        return rows.stream().map(r -> replaced.getOrDefault(r, r)).toList();
    }

    private static Map<PolicyRow, PolicyRow> closeEarlier(List<PolicyRow> group, List<String> notes) {
        List<PolicyRow> byDate = group.stream().sorted(Comparator
                .comparing((PolicyRow r) -> r.policy().effectiveFrom())
                .thenComparingLong(PolicyRow::sourceRow)).toList();
        List<LocalDate> dates = byDate.stream().map(r -> r.policy().effectiveFrom()).distinct().toList();
        Map<PolicyRow, PolicyRow> replaced = new LinkedHashMap<>();
        List<String> described = new ArrayList<>();
        for (PolicyRow row : byDate) {
            int next = dates.indexOf(row.policy().effectiveFrom()) + 1;
            LocalDate to = next < dates.size() ? dates.get(next) : null;
            PolicyRow closed = row.withPolicy(withEffectiveTo(row.policy(), to));
            replaced.put(row, closed);
            described.add("row " + row.sourceRow() + " (" + row.policy().enactedRaw().strip() + ", in effect from "
                    + row.policy().effectiveFrom() + (to == null ? "" : " to " + to) + ")");
        }
        notes.add(group.get(0).jurisdiction().displayName() + " (" + group.get(0).jurisdiction().fips() + ") has "
                + group.size() + " policies: " + String.join("; ", described)
                + (dates.size() == 1 ? "; enacted on the same date, all kept in effect together"
                : "; kept as a dated history, each ending when the next took effect"));
        return replaced;
    }

    private static Policy withEffectiveTo(Policy p, LocalDate to) {
        return new Policy(p.jurisdictionFips(), p.enacted(), p.enactedRaw(), p.instrument(), p.criteria(),
                p.category(), p.source(), p.effectiveFrom(), to);
    }
}
