package org.ddor.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of DDOR's canonical CSV (docs/formats-canonical.md), in the order an export writes
 * them. One file holds {@code detainer} rows and {@code custody_event} rows; each column belongs to
 * every row, to detainer rows only, or to custody event rows only, and must be empty on the others.
 * {@link #column()} is both the header text and the column's name in DDOR's staging tables.
 */
public enum CanonicalColumn {
    VERSION("ddor_canonical_version", Use.EVERY_ROW, true),
    RECORD("record", Use.EVERY_ROW, true),
    GENERATED_SAMPLE_DATA("generated_sample_data", Use.EVERY_ROW, false),
    RECORD_KEY("record_key", Use.DETAINER, true),
    DETAINER_REF("detainer_ref", Use.CUSTODY_EVENT, false),
    EVENT_KIND("event_kind", Use.CUSTODY_EVENT, false),
    EVENT_DATE("event_date", Use.CUSTODY_EVENT, false),
    EVENT_SOURCE("event_source", Use.CUSTODY_EVENT, false),
    SUBJECT_KEY("subject_key", Use.DETAINER, false),
    TYPE("type", Use.DETAINER, true),
    TYPE_RAW("type_raw", Use.DETAINER, false),
    ISSUED("issued", Use.DETAINER, true),
    ISSUED_RAW("issued_raw", Use.DETAINER, false),
    ISSUING_AOR("issuing_aor", Use.DETAINER, false),
    CITIZENSHIP("citizenship", Use.DETAINER, false),
    GENDER("gender", Use.DETAINER, false),
    BIRTH_YEAR("birth_year", Use.DETAINER, false),
    CRIMINALITY("criminality", Use.DETAINER, false),
    CONVICTED("convicted", Use.DETAINER, false),
    MSC_CHARGE("msc_charge", Use.DETAINER, false),
    MSC_CHARGE_CODE("msc_charge_code", Use.DETAINER, false),
    CHARGE_CATEGORY("charge_category", Use.DETAINER, false),
    MSC_CHARGE_DATE("msc_charge_date", Use.DETAINER, false),
    MSC_CONVICTION_DATE("msc_conviction_date", Use.DETAINER, false),
    LIFT_REASON_RAW("lift_reason_raw", Use.DETAINER, false),
    OUTCOME("outcome", Use.DETAINER, true),
    OUTCOME_DATE("outcome_date", Use.DETAINER, false),
    DECLINED_DATE("declined_date", Use.DETAINER, false),
    MISDIRECTED("misdirected", Use.DETAINER, false),
    DUPLICATE_LIKELY("duplicate_likely", Use.DETAINER, false),
    DUPLICATE_OF_REF("duplicate_of_ref", Use.DETAINER, false),
    FACILITY_RAW("facility_raw", Use.EVERY_ROW, true),
    FACILITY_CITY("facility_city", Use.EVERY_ROW, false),
    FACILITY_STATE("facility_state", Use.EVERY_ROW, false),
    FACILITY_CODE("facility_code", Use.EVERY_ROW, false),
    FACILITY_OPERATOR("facility_operator", Use.EVERY_ROW, true),
    FACILITY_JURISDICTION_FIPS("facility_jurisdiction_fips", Use.EVERY_ROW, false),
    FACILITY_RESOLUTION("facility_resolution", Use.EVERY_ROW, true),
    FACILITY_EVIDENCE("facility_evidence", Use.EVERY_ROW, false),
    SOURCE_RELEASE("source_release", Use.DETAINER, false),
    SOURCE_SHEET("source_sheet", Use.DETAINER, false),
    SOURCE_ROW("source_row", Use.DETAINER, false);

    /** The version of the layout this DDOR writes and reads, as written in {@link #VERSION}. */
    public static final String CURRENT_VERSION = "1";

    /** Which rows a column belongs to. */
    public enum Use {
        EVERY_ROW, DETAINER, CUSTODY_EVENT
    }

    private final String column;
    private final Use use;
    private final boolean requiredInHeader;

    CanonicalColumn(String column, Use use, boolean requiredInHeader) {
        this.column = column;
        this.use = use;
        this.requiredInHeader = requiredInHeader;
    }

    /** The header text an export writes, and the column's staging name. */
    public String column() {
        return column;
    }

    public Use use() {
        return use;
    }

    /** True when a canonical file's header must have this column; other columns may be left out. */
    public boolean requiredInHeader() {
        return requiredInHeader;
    }

    /** The header an export writes, in order. */
    public static List<String> header() {
        return Arrays.stream(values()).map(CanonicalColumn::column).toList();
    }

    /**
     * Where each column is in a canonical file's header. Header cells are matched like every DDOR
     * layout's (case and punctuation ignored); the columns may come in any order.
     *
     * @throws InputException when a cell names no canonical column, a column repeats, or a required
     *                        column is missing: a canonical file carries DDOR's own data, and a
     *                        column DDOR would not read is data that would be lost
     */
    public static Map<CanonicalColumn, Integer> locate(Path file, int headerRow, List<String> header) {
        Map<CanonicalColumn, Integer> positions = new EnumMap<>(CanonicalColumn.class);
        for (int index = 0; index < header.size(); index++) {
            String cell = header.get(index);
            CanonicalColumn column = named(cell);
            if (column == null) {
                throw new InputException(file + ": header row " + headerRow + " has column '" + cell
                        + "', which is not a canonical column (version " + CURRENT_VERSION
                        + "); see docs/formats-canonical.md");
            }
            if (positions.put(column, index) != null) {
                throw new InputException(file + ": header row " + headerRow + " has column '" + column.column + "' twice");
            }
        }
        List<String> missing = new ArrayList<>();
        for (CanonicalColumn column : values()) {
            if (column.requiredInHeader && !positions.containsKey(column)) {
                missing.add(column.column);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(file + ": header row " + headerRow + " has no column for "
                    + String.join(", ", missing) + " (layout canonical)");
        }
        return positions;
    }

    private static CanonicalColumn named(String cell) {
        String normalised = DetainerField.normalise(cell);
        for (CanonicalColumn column : values()) {
            if (DetainerField.normalise(column.column).equals(normalised)) {
                return column;
            }
        }
        return null;
    }
}
