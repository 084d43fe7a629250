package org.ddor.ingest.sample;

/**
 * The ways a generated row can be malformed on purpose ({@code --dirty}), each something an
 * importer must catch and report with the row and column. A malformed row stays on one physical
 * line, so it never hides its neighbours.
 */
public enum DirtyKind {

    /** Prepare date with a day the month does not have: {@code 2025-02-30}, {@code 2025-04-31}. */
    IMPOSSIBLE_DATE("prepare date that does not exist, e.g. 2025-02-30"),
    /** Prepare date in no known format: {@code 13/45/2025}. */
    GARBLED_DATE("prepare date in no date format, e.g. 13/45/2025"),
    /** Prepare date missing: {@code NA} (ero-lesa csv), empty (foia-2015 csv) or no cell (xlsx). */
    MISSING_PREPARE_DATE("prepare date missing"),
    /** Facility state that is no U.S. state or territory: {@code NORTH VIRGINIA}, {@code ZZ}, {@code WEST CAROLINA}. */
    UNKNOWN_STATE("facility state that is no U.S. state, e.g. NORTH VIRGINIA"),
    /** Birth year that is not a number: {@code 19X6}, {@code UNK}, {@code 198O}. ero-lesa only (foia-2015 has no birth year). */
    NON_NUMERIC_BIRTH_YEAR("birth year that is not a number, e.g. 19X6"),
    /**
     * A field too many or too few: csv rows end with an extra {@code EXTRA} field or lack their last
     * field; xlsx rows have an extra cell after the last column.
     */
    WRONG_COLUMN_COUNT("one field more or fewer than the header"),
    /**
     * An unescaped quote pair inside the quoted facility name: {@code "MONTGOMERY "WEST" CNTY JAIL, PA"}.
     * csv only. A strict RFC 4180 reader fails on the row; a lenient one returns a name with a stray quote.
     */
    STRAY_QUOTE("unescaped quotes inside a quoted facility name");

    private final String description;

    DirtyKind(String description) {
        this.description = description;
    }

    /** One line for a summary, e.g. "prepare date that does not exist, e.g. 2025-02-30". */
    public String description() {
        return description;
    }

    /** True when this kind can be written in the given layout and format. */
    public boolean appliesTo(GeneratorOptions.Layout layout, GeneratorOptions.Format format) {
        return switch (this) {
            case NON_NUMERIC_BIRTH_YEAR -> layout == GeneratorOptions.Layout.ERO_LESA;
            case STRAY_QUOTE -> format == GeneratorOptions.Format.CSV;
            default -> true;
        };
    }
}
