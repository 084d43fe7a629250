package org.ddor.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Competition ranks (1, 2, 2, 4), ties listed by key, and ties across the cut counted. */
class RankingOrderTest {

    private record Unit(String key, long value) {
    }

    @Test
    void equalValuesShareARankAndTheNextRankSkips() {
        RankingOrder.Ranked<Unit> ranked = rank(List.of(new Unit("42091", 7), new Unit("42017", 10),
                new Unit("42029", 7), new Unit("42045", 5)), 10);

        assertThat(ranked.rows()).extracting(placed -> placed.unit().key()).containsExactly("42017", "42029", "42091", "42045");
        assertThat(ranked.rows()).extracting(RankingOrder.Placed::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked.rows()).extracting(RankingOrder.Placed::tied).containsExactly(false, true, true, false);
        assertThat(ranked.tiedBeyondTop()).isZero();
    }

    @Test
    void countsTheUnitsNotShownThatTieWithTheLastRowShown() {
        RankingOrder.Ranked<Unit> ranked = rank(List.of(new Unit("01", 9), new Unit("02", 3), new Unit("03", 3),
                new Unit("04", 3), new Unit("05", 1)), 2);

        assertThat(ranked.rows()).extracting(placed -> placed.unit().key()).containsExactly("01", "02");
        assertThat(ranked.rows()).extracting(RankingOrder.Placed::rank).containsExactly(1, 2);
        assertThat(ranked.rows().get(1).tied()).isTrue();
        assertThat(ranked.tiedBeyondTop()).isEqualTo(2);
    }

    @Test
    void listsNumericKeysByNumberAndCodesAsText() {
        assertThat(rank(List.of(new Unit("100", 4), new Unit("9", 4), new Unit("20", 4)), 10).rows())
                .extracting(placed -> placed.unit().key()).containsExactly("9", "20", "100");
        assertThat(rank(List.of(new Unit("42091", 4), new Unit("42", 4), new Unit("06037", 4)), 10).rows())
                .extracting(placed -> placed.unit().key()).containsExactly("06037", "42", "42091");
    }

    @Test
    void ranksNothingWhenThereIsNothing() {
        RankingOrder.Ranked<Unit> ranked = rank(List.of(), 10);

        assertThat(ranked.rows()).isEmpty();
        assertThat(ranked.tiedBeyondTop()).isZero();
    }

    private static RankingOrder.Ranked<Unit> rank(List<Unit> units, int top) {
        return RankingOrder.rank(units, Unit::value, Unit::key, top);
    }
}
