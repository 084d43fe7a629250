package org.ddor.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddor.domain.Operator;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.store.Store;
import org.ddor.store.imports.FacilityMappings;
import org.ddor.store.imports.FacilityMappings.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's decision about who runs a facility decides whom its detainers count for. The figures per
 * unit and day are derived from the facilities too, so a decision must change the ranking at once,
 * and a batch of decisions with a bad one must change nothing.
 */
class FacilityDecisionRankingTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    Path folder;

    @Test
    void aDecisionMovesTheFacilitysDetainersToItsJurisdictionInTheRanking() throws SQLException {
        try (Store store = RankingFixture.rows().importInto(folder)) {
            assertThat(issued(store)).doesNotContainKey("42021");
            int changed = FacilityMappings.record(store.connection(), "FCI LORETTO", "PA", "42021", Operator.COUNTY,
                    "a test", "a test of the derived figures");
            assertThat(changed).isEqualTo(1);
            // FCI Loretto's 6 January detainers now count for Cambria County, not for no unit.
            assertThat(issued(store)).containsEntry("42021", 6L);
        }
    }

    @Test
    void aBatchWithAFailingDecisionChangesNothing() throws SQLException {
        try (Store store = RankingFixture.rows().importInto(folder)) {
            Map<String, Long> before = issued(store);
            List<Decision> decisions = List.of(
                    new Decision("FCI LORETTO", "PA", "42021", Operator.COUNTY, "a test", "first"),
                    new Decision("SCI CHESTER", "PA", "42045", null, "a test", "no operator: fails"));
            assertThatThrownBy(() -> FacilityMappings.recordAll(store.connection(), decisions))
                    .isInstanceOf(NullPointerException.class);
            assertThat(issued(store)).isEqualTo(before);
            try (var statement = store.connection().createStatement();
                 var rows = statement.executeQuery("select resolution from facility where raw_name = 'FCI LORETTO'")) {
                rows.next();
                assertThat(rows.getString(1)).isNotEqualTo("MANUAL");
            }
        }
    }

    private static Map<String, Long> issued(Store store) throws SQLException {
        RankingReport report = new RankingReportBuilder(store.connection()).build(new RankingParameters(
                RankingFixture.JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED, 100, OFFICIAL, 1));
        Map<String, Long> issued = new HashMap<>();
        report.rows().forEach(row -> issued.put(row.key(), row.issued().value()));
        return issued;
    }
}
