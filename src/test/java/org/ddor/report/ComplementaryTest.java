package org.ddor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A suppressed count cannot be worked out from a published total and the other parts. */
class ComplementaryTest {

    private static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, 5);

    @Test
    void hidesTheSmallestOtherPartWhenOnePartAloneIsSuppressed() {
        List<Count> parts = Complementary.protect(counts(PUBLIC, 40, 3, 12, 0, 9), PUBLIC);

        assertThat(parts).extracting(Count::display).containsExactly("40", "<5", "12", "0", "≥5");
        assertThat(parts.get(4).suppressed()).isTrue();
        assertThat(parts.get(4).shownValue()).isNull();
        assertThat(parts.get(4).trace()).isEqualTo("part/4");
    }

    @Test
    void leavesTablesWithNoneOrSeveralSuppressedAsTheyAre() {
        assertThat(Complementary.protect(counts(PUBLIC, 40, 12), PUBLIC)).extracting(Count::display)
                .containsExactly("40", "12");
        assertThat(Complementary.protect(counts(PUBLIC, 40, 1, 2), PUBLIC)).extracting(Count::display)
                .containsExactly("40", "<5", "<5");
    }

    @Test
    void leavesTheOfficialEditionAsItIs() {
        Suppression official = new Suppression(Edition.OFFICIAL, 5);

        assertThat(Complementary.protect(counts(official, 40, 3, 9), official)).extracting(Count::display)
                .containsExactly("40", "3", "9");
    }

    private static List<Count> counts(Suppression suppression, long... values) {
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> Count.of(values[i], "part/" + i, suppression)).toList();
    }
}
