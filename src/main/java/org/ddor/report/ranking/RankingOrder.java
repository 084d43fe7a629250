package org.ddor.report.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Orders units by a value, highest first, with standard competition ranks: equal values share a
 * rank and the next rank skips (1, 2, 2, 4). Within a tie, units are listed by key (numerically
 * when both keys are numbers), so the output never depends on the database's row order.
 */
final class RankingOrder {

    /** A unit with its place. */
    record Placed<T>(T unit, int rank, boolean tied) {
    }

    /** The first {@code top} units, and how many units not shown tie with the last one shown. */
    record Ranked<T>(List<Placed<T>> rows, int tiedBeyondTop) {
    }

    private RankingOrder() {
    }

    private record Entry<T>(T unit, double value, String key, boolean numeric) {
    }

    /** Larger values first; equal values by key, as {@link #compareKeys}. */
    private static int compareEntries(Entry<?> left, Entry<?> right) {
        int byValue = Double.compare(right.value(), left.value());
        if (byValue != 0) {
            return byValue;
        }
        if (left.numeric() && right.numeric() && left.key().length() != right.key().length()) {
            return Integer.compare(left.key().length(), right.key().length());
        }
        return left.key().compareTo(right.key());
    }

    static <T> Ranked<T> rank(List<T> units, ToDoubleFunction<T> value, Function<T, String> key, int top) {
        // Each unit's value and key are computed once, not in every comparison of the sort.
        List<Entry<T>> entries = new ArrayList<>(units.size());
        units.forEach(unit -> entries.add(new Entry<>(unit, value.applyAsDouble(unit), key.apply(unit),
                isNumber(key.apply(unit)))));
        entries.sort(RankingOrder::compareEntries);
        List<T> sorted = entries.stream().map(Entry::unit).toList();
        double[] values = entries.stream().mapToDouble(Entry::value).toArray();
        List<Placed<T>> rows = new ArrayList<>();
        int rank = 0;
        for (int i = 0; i < Math.min(top, sorted.size()); i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                rank = i + 1;
            }
            boolean tied = i > 0 && values[i - 1] == values[i] || i + 1 < values.length && values[i + 1] == values[i];
            rows.add(new Placed<>(sorted.get(i), rank, tied));
        }
        int beyond = 0;
        for (int i = rows.size(); !rows.isEmpty() && i < values.length && values[i] == values[rows.size() - 1]; i++) {
            beyond++;
        }
        return new Ranked<>(rows, beyond);
    }

    /** Numeric keys (facility ids) by number, others (FIPS, state and AOR codes) as text. */
    static int compareKeys(String left, String right) {
        if (isNumber(left) && isNumber(right) && left.length() != right.length()) {
            return Integer.compare(left.length(), right.length());
        }
        return left.compareTo(right);
    }

    /** Digits only, without a leading zero (a FIPS code has one and sorts as text). */
    private static boolean isNumber(String key) {
        if (key.isEmpty() || key.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
