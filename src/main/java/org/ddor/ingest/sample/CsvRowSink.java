package org.ddor.ingest.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes rows as CSV bytes into one reusable buffer: no per-row objects, which is what lets a
 * million rows go out in seconds. The layout chooses the dialect, so each generated file looks like
 * the real file of its layout. Not thread-safe; closing flushes and closes the stream.
 */
final class CsvRowSink implements RowSink {

    /** How the real file of a layout writes its fields. */
    record Dialect(boolean quoteAllText, String missing, String dateSuffix, String lineEnd) {

        /** R's {@code write.csv}, as in the Deportation Data Project republications: strings quoted, NA bare, CRLF. */
        static final Dialect R_WRITE_CSV = new Dialect(true, "NA", "", "\r\n");

        /** pandas' {@code to_csv}, as in the NPR extract: quotes only where needed, empty for missing, dates with a midnight time. */
        static final Dialect PANDAS = new Dialect(false, "", " 00:00:00", "\n");
    }

    private static final int BUFFER_BYTES = 1 << 16;
    private static final int LARGEST_CELL = 64;
    private static final byte[] TRUE = "TRUE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "FALSE".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final boolean quoteAllText;
    private final byte[] missing;
    private final byte[] dateSuffix;
    private final byte[] lineEnd;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private boolean firstCell = true;

    CsvRowSink(OutputStream out, Dialect dialect) {
        this.out = out;
        this.quoteAllText = dialect.quoteAllText();
        this.missing = dialect.missing().getBytes(StandardCharsets.US_ASCII);
        this.dateSuffix = dialect.dateSuffix().getBytes(StandardCharsets.US_ASCII);
        this.lineEnd = dialect.lineEnd().getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public void title(String text) {
        // CSV has no place for a note above the header; the file name says "ddor-sample" instead.
    }

    @Override
    public void text(CellText value) throws IOException {
        put(quoteAllText ? value.alwaysQuoted() : value.quotedWhenNeeded());
    }

    @Override
    public void missing() throws IOException {
        put(missing);
    }

    @Override
    public void date(int epochDay) throws IOException {
        separate(LARGEST_CELL);
        position = IsoDays.writeIso(epochDay, buffer, position);
        System.arraycopy(dateSuffix, 0, buffer, position, dateSuffix.length);
        position += dateSuffix.length;
    }

    @Override
    public void integer(long value) throws IOException {
        separate(LARGEST_CELL);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        int start = position;
        do {
            buffer[position++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        reverse(start, position - 1);
    }

    @Override
    public void bool(boolean value) throws IOException {
        put(value ? TRUE : FALSE);
    }

    @Override
    public void identifier(long high, long low, int tail) throws IOException {
        separate(LARGEST_CELL);
        if (quoteAllText) {
            buffer[position++] = '"';
        }
        hex(high, 16);
        hex(low, 16);
        hex(tail & 0xFFFF_FFFFL, 8);
        if (quoteAllText) {
            buffer[position++] = '"';
        }
    }

    @Override
    public void malformed(String raw) throws IOException {
        put(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void endRow() throws IOException {
        ensure(lineEnd.length);
        System.arraycopy(lineEnd, 0, buffer, position, lineEnd.length);
        position += lineEnd.length;
        firstCell = true;
    }

    @Override
    public void close() throws IOException {
        try (out) {
            drain();
            out.flush();
        }
    }

    private void put(byte[] bytes) throws IOException {
        separate(bytes.length);
        if (bytes.length > buffer.length - position) {
            drain();
            out.write(bytes);
            return;
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
    }

    /** Writes the comma before every cell but the first, and makes room for {@code bytes} more. */
    private void separate(int bytes) throws IOException {
        ensure(bytes + 1);
        if (!firstCell) {
            buffer[position++] = ',';
        }
        firstCell = false;
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.length - position < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    private void hex(long value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            buffer[position++] = HEX[(int) (value >>> shift) & 0xF];
        }
    }

    private void reverse(int from, int to) {
        while (from < to) {
            byte swap = buffer[from];
            buffer[from++] = buffer[to];
            buffer[to--] = swap;
        }
    }
}
