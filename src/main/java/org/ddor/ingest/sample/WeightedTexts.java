package org.ddor.ingest.sample;

/** Text values drawn in proportion to fixed weights. Immutable. */
final class WeightedTexts {

    private final CellText[] values;
    private final AliasTable table;

    /** Pairs of value and weight: {@code "MEXICO", 52.0, "GUATEMALA", 12.0, ...}. */
    WeightedTexts(Object... valuesAndWeights) {
        int n = valuesAndWeights.length / 2;
        values = new CellText[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = CellText.of((String) valuesAndWeights[2 * i]);
            weights[i] = ((Number) valuesAndWeights[2 * i + 1]).doubleValue();
        }
        table = new AliasTable(weights);
    }

    int drawIndex(SampleRandom random) {
        return table.sample(random);
    }

    CellText draw(SampleRandom random) {
        return values[table.sample(random)];
    }

    CellText get(int index) {
        return values[index];
    }

    int size() {
        return values.length;
    }
}
