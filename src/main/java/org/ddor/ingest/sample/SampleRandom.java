package org.ddor.ingest.sample;

/**
 * The generator's random source: SplitMix64, written out here so that a seed gives the same data on
 * every JDK (the algorithm behind {@link java.util.SplittableRandom} is not promised to stay fixed).
 * Cheap to re-seed, which lets the generator derive a row's details from the row's serial number,
 * so a likely duplicate can repeat them. Not thread-safe.
 */
final class SampleRandom {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SampleRandom(long seed) {
        this.state = seed;
    }

    /** Restarts the sequence from a new seed. */
    void reseed(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); bound must be positive. */
    int nextInt(int bound) {
        return (int) (((nextLong() >>> 33) * bound) >>> 31);
    }

    /** Uniform in [low, high], both inclusive. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return nextDouble() < p;
    }

    /** Standard normal (Box–Muller, one of the pair). */
    double gaussian() {
        double u = 1.0 - nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * nextDouble());
    }

    /** A well-mixed seed for a sub-sequence, e.g. (run seed, row serial). */
    static long derive(long seed, long serial, long salt) {
        return mix64(seed * GOLDEN_GAMMA + mix64(serial ^ salt));
    }

    static long mix64(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
