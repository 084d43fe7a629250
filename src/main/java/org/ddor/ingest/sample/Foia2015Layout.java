package org.ddor.ingest.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The ICE FOIA detainer extract of 2007–2015 as NPR released it: six columns, dates with a
 * midnight time, the state's full name in upper case, an empty detainer type before fiscal year
 * 2015. Its xlsx form uses ICE's original column titles. Likely duplicates are exact repeats, as
 * in the real extract (which has no duplicate flag). Not thread-safe.
 */
final class Foia2015Layout implements SampleLayout {

    static final List<String> HEADER = List.of("date", "lift_reason", "det_facility", "city", "state", "detainer_type");
    static final List<String> ICE_HEADER = List.of(
            "Prepare Date", "Detainer Lift Reason", "Detainer Detention Facility", "City", "State", "Detainer Type");

    private static final long TYPE_SALT = 0x7E9EL;
    private static final String MIDNIGHT = " 00:00:00";

    private final long runSeed;
    private final boolean csv;
    private final SampleRandom detailRandom = new SampleRandom(0);

    Foia2015Layout(long runSeed, boolean csv) {
        this.runSeed = runSeed;
        this.csv = csv;
    }

    @Override
    public List<String> csvHeader() {
        return HEADER;
    }

    @Override
    public List<String> xlsxHeader() {
        return ICE_HEADER;
    }

    @Override
    public List<String> xlsxTitles(LocalDate firstDay, LocalDate lastDay) {
        return List.of("U.S. Immigration and Customs Enforcement",
                "Detainers by Prepare Date, " + firstDay + " to " + lastDay, SampleGenerator.NOT_REAL, "");
    }

    @Override
    public String xlsxSheetName(LocalDate firstDay, LocalDate lastDay) {
        return "Detainers";
    }

    @Override
    public String xlsxDateFormat() {
        return "mm/dd/yyyy";
    }

    @Override
    public void write(DetainerDraft row, RowSink sink) throws IOException {
        detailRandom.reseed(SampleRandom.derive(runSeed, row.detainerSerial, TYPE_SALT));
        CellText type = DetainerTypes.on(row.day, detailRandom);
        writePrepareDate(row, sink);
        text(sink, SampleOutcomes.text(row.liftReason));
        if (row.dirty == DirtyKind.STRAY_QUOTE) {
            sink.malformed(MalformedValues.strayQuote(row.facility.rawName()));
        } else {
            sink.text(row.facility.name());
        }
        sink.text(row.facility.city());
        sink.text(row.dirty == DirtyKind.UNKNOWN_STATE ? MalformedValues.UNKNOWN_STATES[row.dirtyVariant] : row.facility.stateName());
        boolean shortRow = row.dirty == DirtyKind.WRONG_COLUMN_COUNT && row.dirtyVariant % 2 == 1 && csv;
        if (!shortRow) {
            text(sink, type);
        }
        if (row.dirty == DirtyKind.WRONG_COLUMN_COUNT && !shortRow) {
            sink.text(MalformedValues.EXTRA);
        }
        sink.endRow();
    }

    private void writePrepareDate(DetainerDraft row, RowSink sink) throws IOException {
        String time = csv ? MIDNIGHT : "";
        if (row.dirty == DirtyKind.IMPOSSIBLE_DATE) {
            sink.malformed(MalformedValues.impossibleDate(row.day, row.dirtyVariant) + time);
        } else if (row.dirty == DirtyKind.GARBLED_DATE) {
            sink.malformed(MalformedValues.garbledDate(row.day, row.dirtyVariant));
        } else if (row.dirty == DirtyKind.MISSING_PREPARE_DATE) {
            sink.missing();
        } else {
            sink.date(row.day);
        }
    }

    private static void text(RowSink sink, CellText value) throws IOException {
        if (value.value().isEmpty()) {
            sink.missing();
        } else {
            sink.text(value);
        }
    }
}
