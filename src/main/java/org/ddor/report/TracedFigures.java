package org.ddor.report;

import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of a report model by their trace key ({@link Count#trace()}), for listing the records
 * behind one: the model's records and lists are walked, every {@link Count} collected. Stateless.
 */
public final class TracedFigures {

    private TracedFigures() {
    }

    /** Every count of {@code model}, by key, in the model's order (a count shown twice, once). */
    public static Map<String, Count> of(Object model) {
        Map<String, Count> figures = new LinkedHashMap<>();
        collect(model, figures);
        return figures;
    }

    /**
     * The count of {@code model} with key {@code key}.
     *
     * @param forms the key forms of the report, in words, for the message
     * @throws IllegalArgumentException when the report has no figure with that key
     */
    public static Count find(Object model, String key, List<String> forms) {
        Count count = of(model).get(key);
        if (count == null) {
            throw new IllegalArgumentException("no figure '" + key + "' in this report; its figure keys are "
                    + String.join(", ", forms) + " (the report's JSON 'trace' fields give them)");
        }
        return count;
    }

    private static void collect(Object value, Map<String, Count> figures) {
        if (value instanceof Count count) {
            figures.putIfAbsent(count.trace(), count);
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collect(item, figures));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(record), figures);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName() + " of a report model", e);
                }
            }
        }
    }
}
