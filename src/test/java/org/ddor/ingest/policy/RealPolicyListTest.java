package org.ddor.ingest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ddor.domain.JurisdictionKind;
import org.ddor.domain.PolicyCategory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real list in {@code ../shared/data/real/policy/} (never copied into the project) when
 * it is there, and prints the figures docs/policies.md quotes. Skipped when the folder is absent.
 */
class RealPolicyListTest {

    private static PolicyTable table;

    @BeforeAll
    static void readRealList() throws IOException {
        String shared = System.getProperty("ddor.shared");
        Path file = shared == null ? null
                : Path.of(shared, "data", "real", "policy", "sanctuary_map_cities_counties_states.csv");
        assumeTrue(file != null && Files.isRegularFile(file), "real policy list not present; skipped");
        table = new PolicyTableReader().read(file);
        print(table);
    }

    @Test
    void everyRowIsAPolicyOrARejectWithAReason() {
        assertThat(table.rowsRead()).isEqualTo(166);
        assertThat(table.policies().size() + table.rejects().size()).isEqualTo(table.rowsRead());
        assertThat(table.rejects()).allSatisfy(reject -> assertThat(reject.reason()).isNotBlank());
        assertThat(table.generated()).isFalse();
        assertThat(table.unknownColumns()).containsExactly("Designation");
    }

    @Test
    void theExactDuplicateIsFoundOnce() {
        List<RejectedRow> duplicates = table.rejects().stream()
                .filter(r -> r.reason().startsWith("duplicate of row")).toList();
        assertThat(duplicates).singleElement().satisfies(duplicate -> {
            assertThat(duplicate.rawValue()).isEqualTo("Douglas County, Oregon");
            assertThat(duplicate.reason()).endsWith("(identical in every cell); loaded once");
        });
        assertThat(policiesOf("41019")).hasSize(1);
    }

    @Test
    void theTwoPolicyCountyBecomesAHistory() {
        List<PolicyRow> king = policiesOf("53033");
        assertThat(king).extracting(r -> r.policy().effectiveFrom())
                .containsExactlyInAnyOrder(LocalDate.of(2013, 12, 1), LocalDate.of(2014, 4, 1));
        PolicyRow ordinance = king.stream().filter(r -> r.policy().enactedRaw().equals("Dec-13"))
                .findFirst().orElseThrow();
        assertThat(ordinance.policy().effectiveTo()).isEqualTo(LocalDate.of(2014, 4, 1));
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).startsWith("King County, WA (53033) has 2 policies"));
    }

    @Test
    void theZipCodeRowIsHandled() {
        assertThat(policiesOf("53021")).singleElement()
                .satisfies(r -> assertThat(r.rawLocation()).isEqualTo("Franklin County, Washington 99301"));
        assertThat(table.notes()).anySatisfy(n -> assertThat(n).contains("ZIP code 99301 removed"));
    }

    @Test
    void stateWideRowsGoToStates() {
        Map<String, String> states = table.policies().stream()
                .filter(r -> r.jurisdiction().kind() == JurisdictionKind.STATE)
                .collect(Collectors.toMap(PolicyRow::rawLocation, r -> r.jurisdiction().fips()));
        assertThat(states).containsOnly(Map.entry("Colorado County Jails, Colorado", "08"),
                Map.entry("Rhode Island", "44"), Map.entry("North Dakota", "38"));
    }

    @Test
    void citiesThatAreCountyEquivalentsAreMappedAndOthersRejected() {
        assertThat(policiesOf("42101")).extracting(PolicyRow::rawLocation)
                .containsExactly("Philadelphia, Pennsylvania");
        assertThat(policiesOf("11001")).extracting(PolicyRow::rawLocation).containsExactly("Washington, DC");
        assertThat(table.rejects()).filteredOn(r -> r.rawValue().equals("Boston, Massachusetts")).singleElement()
                .satisfies(r -> assertThat(r.reason())
                        .isEqualTo("city 'Boston, MA' is not a county-equivalent; DDOR has no city table yet"));
    }

    private static List<PolicyRow> policiesOf(String fips) {
        return table.policies().stream().filter(r -> r.jurisdiction().fips().equals(fips)).toList();
    }

    private static void print(PolicyTable table) {
        System.out.printf("%s: %d rows, %d policies, %d rejects%n", table.fileName(), table.rowsRead(),
                table.policies().size(), table.rejects().size());
        table.countByCategory().forEach((category, n) -> System.out.printf("  %-26s %3d%n", category.label(), n));
        Map<String, Long> kinds = new TreeMap<>(table.policies().stream()
                .collect(Collectors.groupingBy(r -> r.jurisdiction().kind().name(), Collectors.counting())));
        System.out.println("  by jurisdiction kind: " + kinds);
        System.out.println("  by category rule: " + new TreeMap<>(table.policies().stream()
                .collect(Collectors.groupingBy(PolicyRow::categoryRule, Collectors.counting()))));
        System.out.println("rejects:");
        table.rejects().forEach(r -> System.out.println("  " + r.describe()));
        System.out.println("notes:");
        table.notes().forEach(n -> System.out.println("  " + n));
        assertThat(table.countByCategory().keySet()).containsExactly(PolicyCategory.values());
    }
}
