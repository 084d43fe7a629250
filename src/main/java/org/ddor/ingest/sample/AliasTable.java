package org.ddor.ingest.sample;

/**
 * Draws an index in proportion to fixed weights in constant time (Walker's alias method, Vose's
 * construction). Built once per weight list; {@link #sample} costs one random number. Immutable.
 */
final class AliasTable {

    private final double[] probability;
    private final int[] alias;

    /** Weights must be non-negative with a positive sum. */
    AliasTable(double[] weights) {
        int n = weights.length;
        double total = 0;
        for (double weight : weights) {
            if (weight < 0 || Double.isNaN(weight)) {
                throw new IllegalArgumentException("weights must be non-negative, got " + weight);
            }
            total += weight;
        }
        if (n == 0 || total <= 0) {
            throw new IllegalArgumentException("weights must have a positive sum");
        }
        probability = new double[n];
        alias = new int[n];
        double[] scaled = new double[n];
        int[] small = new int[n];
        int[] large = new int[n];
        int smallCount = 0;
        int largeCount = 0;
        for (int i = 0; i < n; i++) {
            scaled[i] = weights[i] * n / total;
            if (scaled[i] < 1.0) {
                small[smallCount++] = i;
            } else {
                large[largeCount++] = i;
            }
        }
        while (smallCount > 0 && largeCount > 0) {
            int less = small[--smallCount];
            int more = large[--largeCount];
            probability[less] = scaled[less];
            alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1.0;
            if (scaled[more] < 1.0) {
                small[smallCount++] = more;
            } else {
                large[largeCount++] = more;
            }
        }
        while (largeCount > 0) {
            probability[large[--largeCount]] = 1.0;
        }
        while (smallCount > 0) {
            probability[small[--smallCount]] = 1.0;
        }
    }

    int size() {
        return probability.length;
    }

    int sample(SampleRandom random) {
        int column = random.nextInt(probability.length);
        return random.nextDouble() < probability[column] ? column : alias[column];
    }
}
