package org.ddor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** When a rate is shown, when it is withheld, and what a reader sees. */
class RateTest {

    private static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, 5);
    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @Test
    void showsTheRateWithItsWilsonInterval() {
        Rate rate = rate(10, 100, 30, PUBLIC);

        assertThat(rate.shown()).isTrue();
        assertThat(rate.value()).isEqualTo(0.1);
        assertThat(rate.lower()).isCloseTo(0.0552, within(0.00005));
        assertThat(rate.upper()).isCloseTo(0.1744, within(0.00005));
        assertThat(rate.display()).isEqualTo("10.0% (5.5%–17.4%)");
        assertThat(rate.numerator().trace()).isEqualTo("n");
        assertThat(rate.denominator().trace()).isEqualTo("d");
    }

    @Test
    void withholdsTheRateOfASmallDenominator() {
        Rate rate = rate(5, 29, 30, OFFICIAL);

        assertThat(rate.shown()).isFalse();
        assertThat(rate.value()).isNull();
        assertThat(rate.lower()).isNull();
        assertThat(rate.display()).isEqualTo("n<30");
        assertThat(rate.withheld()).isEqualTo("denominator 29 is below the minimum of 30");
        assertThat(rate(5, 30, 30, OFFICIAL).shown()).isTrue();
    }

    @Test
    void withholdsTheRateOfASuppressedNumeratorInThePublicEditionOnly() {
        Rate published = rate(4, 100, 30, PUBLIC);
        Rate official = rate(4, 100, 30, OFFICIAL);

        assertThat(published.shown()).isFalse();
        assertThat(published.display()).isEqualTo("<5 of 100");
        assertThat(published.withheld()).isEqualTo("a count below the public edition's small-cell threshold would be revealed");
        assertThat(official.display()).isEqualTo("4.0% (1.6%–9.8%)");
    }

    @Test
    void writesARateBelowOnePercentWithTwoDecimals() {
        assertThat(rate(45, 103_461, 30, PUBLIC).display()).isEqualTo("0.04% (0.03%–0.06%)");
        assertThat(rate(763, 95_429, 30, PUBLIC).display()).isEqualTo("0.80% (0.74%–0.86%)");
    }

    @Test
    void showsAZeroRate() {
        Rate rate = rate(0, 40, 30, PUBLIC);

        assertThat(rate.shown()).isTrue();
        assertThat(rate.display()).isEqualTo("0.0% (0.0%–8.8%)");
    }

    @Test
    void withholdsARateOverNothing() {
        assertThat(rate(0, 0, 1, PUBLIC).withheld()).isEqualTo("nothing to count among (denominator 0)");
        assertThat(rate(0, 0, 1, PUBLIC).display()).isEqualTo("n=0");
    }

    private static Rate rate(long numerator, long denominator, int minimum, Suppression suppression) {
        return Rate.of(Count.of(numerator, "n", suppression), Count.of(denominator, "d", suppression), minimum);
    }
}
