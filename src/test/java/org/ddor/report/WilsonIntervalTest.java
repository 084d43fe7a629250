package org.ddor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The 95% Wilson score interval against published values (Newcombe 1998, Table I; Brown, Cai and DasGupta 2001). */
class WilsonIntervalTest {

    @ParameterizedTest(name = "{0} of {1} -> [{2}, {3}]")
    @CsvSource({
            "10, 100, 0.0552, 0.1744",
            "81, 263, 0.2553, 0.3662",
            "15, 148, 0.0624, 0.1605",
            "0, 20, 0.0000, 0.1611",
            "1, 29, 0.0061, 0.1718",
            "0, 10, 0.0000, 0.2775",
            "10, 10, 0.7225, 1.0000",
            "50, 100, 0.4038, 0.5962",
    })
    void matchesKnownValues(long successes, long trials, double lower, double upper) {
        WilsonInterval interval = WilsonInterval.of95(successes, trials);

        assertThat(interval.lower()).isCloseTo(lower, within(0.00005));
        assertThat(interval.upper()).isCloseTo(upper, within(0.00005));
    }

    @Test
    void staysInsideZeroToOne() {
        WilsonInterval none = WilsonInterval.of95(0, 1);
        WilsonInterval all = WilsonInterval.of95(1, 1);

        assertThat(none.lower()).isZero();
        assertThat(all.upper()).isEqualTo(1.0);
        assertThat(none.upper()).isLessThan(1.0);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of95(3, 0))
                .hasMessage("a Wilson interval needs 0 <= successes <= trials and trials >= 1, got 3 of 0");
        assertThatThrownBy(() -> WilsonInterval.of95(5, 4))
                .hasMessage("a Wilson interval needs 0 <= successes <= trials and trials >= 1, got 5 of 4");
    }
}
