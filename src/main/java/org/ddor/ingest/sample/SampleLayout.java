package org.ddor.ingest.sample;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * One real layout the generator imitates: its headers and how a row's cells are written. One
 * class per layout, the same for every file format (the {@link RowSink} takes care of those).
 */
interface SampleLayout {

    /** Header as in the real CSV republication. */
    List<String> csvHeader();

    /** Header as in ICE's own spreadsheets. */
    List<String> xlsxHeader();

    /** Rows above the xlsx header, the last one blank; one of them says the data is not real. */
    List<String> xlsxTitles(LocalDate firstDay, LocalDate lastDay);

    String xlsxSheetName(LocalDate firstDay, LocalDate lastDay);

    /** The number format of date cells, e.g. "yyyy-mm-dd". */
    String xlsxDateFormat();

    /** Writes one row, malformed as {@code row.dirty} says, and ends it. */
    void write(DetainerDraft row, RowSink sink) throws IOException;
}
