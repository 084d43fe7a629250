package org.ddor.ingest.sample;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where a layout writes its cells, one row at a time: a file format (csv, xlsx) behind one small
 * interface, so each layout is written once for every format. Cells are written left to right;
 * {@link #endRow()} ends the row. Implementations are not thread-safe.
 */
interface RowSink extends Closeable {

    /**
     * A note on its own row above the header, where the format has room for one (xlsx title rows).
     * CSV has no such place and ignores it.
     */
    void title(String text) throws IOException;

    void text(CellText value) throws IOException;

    /** A missing value: {@code NA} or an empty field in CSV (as the layout says), no cell in xlsx. */
    void missing() throws IOException;

    /** A date: text in the layout's style in CSV, a date-formatted numeric cell in xlsx. */
    void date(int epochDay) throws IOException;

    void integer(long value) throws IOException;

    void bool(boolean value) throws IOException;

    /** A 40-hex-digit pseudonymous identifier made of 64 + 64 + 32 bits. */
    void identifier(long high, long low, int tail) throws IOException;

    /**
     * A deliberately malformed value, written exactly as given: in CSV without quoting or escaping
     * (it may break the row's structure, which is its purpose), in xlsx as a text cell.
     */
    void malformed(String raw) throws IOException;

    void endRow() throws IOException;
}
