package org.ddor.ingest.sample;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How many detainers each day gets: about {@value #WEEKLY_VOLUME} a week nationally, far fewer on
 * weekends (the weekday factors are those of the real Pennsylvania extract), a seasonal wave
 * peaking in early April (±12 %), and a little day-to-day noise. The row count therefore decides
 * how many days the data covers. Stateless.
 */
final class SampleCalendar {

    static final double WEEKLY_VOLUME = 3000;

    /** Monday to Sunday; they average 1. From the Pennsylvania extract: 6172, 6767, 6772, 5450, 5744, 871, 981 detainers. */
    private static final double[] WEEKDAY_FACTORS = {1.319, 1.446, 1.447, 1.165, 1.227, 0.186, 0.210};
    private static final double SEASONAL_AMPLITUDE = 0.12;
    private static final int SEASONAL_PEAK_DAY_OF_YEAR = 95;
    private static final double NOISE = 0.06;

    private SampleCalendar() {
    }

    /**
     * Rows per day from {@code firstDay} until {@code rows} are placed; the last day takes the
     * remainder. Empty for zero rows. Memory: one int per day covered.
     */
    static int[] dailyCounts(long rows, LocalDate firstDay, SampleRandom random) {
        int[] counts = new int[16];
        int days = 0;
        long placed = 0;
        LocalDate day = firstDay;
        while (placed < rows) {
            long count = Math.max(0, Math.round(expected(day) * (1 + NOISE * random.gaussian())));
            count = Math.min(count, rows - placed);
            if (days == counts.length) {
                counts = Arrays.copyOf(counts, days * 2);
            }
            counts[days++] = (int) count;
            placed += count;
            day = day.plusDays(1);
        }
        return Arrays.copyOf(counts, days);
    }

    /** The mean count for a day before noise. */
    static double expected(LocalDate day) {
        double weekday = WEEKDAY_FACTORS[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()];
        double season = 1 + SEASONAL_AMPLITUDE
                * Math.cos(2 * Math.PI * (day.getDayOfYear() - SEASONAL_PEAK_DAY_OF_YEAR) / 365.25);
        return WEEKLY_VOLUME / 7 * weekday * season;
    }
}
