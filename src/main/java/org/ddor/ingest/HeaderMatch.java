package org.ddor.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How one header row maps to {@link DetainerField}s: the column index of each field found, and
 * the columns DDOR does not read (reported to the user, never silently dropped from view).
 *
 * @param columns         field → 0-based column index
 * @param unknownColumns  header texts of columns no field matched, in file order
 * @param width           number of columns in the header row
 */
public record HeaderMatch(Map<DetainerField, Integer> columns, List<String> unknownColumns, int width) {

    public HeaderMatch {
        columns = Collections.unmodifiableMap(new EnumMap<>(columns.isEmpty()
                ? new EnumMap<>(DetainerField.class) : columns));
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** Matches a header row. The first column matching a field wins; later repeats are unknown. */
    public static HeaderMatch of(List<String> header) {
        Map<DetainerField, Integer> columns = new EnumMap<>(DetainerField.class);
        List<String> unknown = new ArrayList<>();
        for (int index = 0; index < header.size(); index++) {
            String normalised = DetainerField.normalise(header.get(index));
            DetainerField field = fieldFor(normalised);
            if (field != null && !columns.containsKey(field)) {
                columns.put(field, index);
            } else {
                unknown.add(header.get(index).isBlank() ? "(unnamed column " + (index + 1) + ")" : header.get(index));
            }
        }
        return new HeaderMatch(columns, unknown, header.size());
    }

    private static DetainerField fieldFor(String normalisedHeader) {
        for (DetainerField field : DetainerField.values()) {
            if (field.matches(normalisedHeader)) {
                return field;
            }
        }
        return null;
    }

    public boolean has(DetainerField field) {
        return columns.containsKey(field);
    }

    /** Number of fields recognised. */
    public int recognised() {
        return columns.size();
    }
}
