package org.ddor.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputLimits;

/**
 * Inflates every part of a workbook once, before an XML parser sees it, and refuses what the parser would
 * hold in memory or what lies about itself: a part that inflates beyond the size its zip entry declares (a
 * zip bomb that passes the checks on declared sizes), or an XML value or tag longer than
 * {@link InputLimits#maxFieldBytes()} (fastexcel-reader keeps a cell's whole text in memory). Streams
 * through a small buffer; stateless.
 */
final class XlsxParts {

    /** Inflated bytes read at a time: no more than the shortest field limit {@link InputLimits} allows. */
    private static final int BUFFER_BYTES = InputLimits.MIN_FIELD_BYTES;

    private XlsxParts() {
    }

    /** Checks each part of {@code zip}, the workbook at {@code path}. */
    static void verify(Path path, ZipFile zip, InputLimits limits) throws IOException {
        for (ZipEntry entry : zip.stream().toList()) {
            verify(path, zip, entry, limits);
        }
    }

    private static void verify(Path path, ZipFile zip, ZipEntry entry, InputLimits limits) throws IOException {
        boolean xml = entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels");
        long inflated = 0;
        long run = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int read; (read = in.read(buffer)) > 0; ) {
                inflated += read;
                if (inflated > entry.getSize()) {
                    throw new InputException(path + ": xlsx part " + entry.getName() + " inflates beyond the "
                            + entry.getSize() + " bytes it declares; refused as a possible zip bomb");
                }
                run = xml ? longestRun(buffer, read, run, path, entry, limits) : 0;
            }
        }
    }

    /**
     * Follows the bytes since the last tag bracket; refuses a value or tag over the field limit. Only the ends of
     * a buffer need reading: a run between two brackets of one buffer is shorter than the buffer, which is
     * shorter than the limit, so what counts is the run into the buffer's first bracket and the run after its
     * last (a buffer without a bracket extends the run by its length). XML has brackets every few bytes.
     */
    private static long longestRun(byte[] buffer, int length, long run, Path path, ZipEntry entry, InputLimits limits) {
        int first = 0;
        while (first < length && !isBracket(buffer[first])) {
            first++;
        }
        if (run + first > limits.maxFieldBytes()) {
            throw new InputException(path + ": xlsx part " + entry.getName() + " has a value over "
                    + limits.maxFieldBytes() + " bytes, the limit for one field; refused");
        }
        if (first == length) {
            return run + length;
        }
        int last = length - 1;
        while (!isBracket(buffer[last])) {
            last--;
        }
        return length - 1 - last;
    }

    private static boolean isBracket(byte b) {
        return b == '<' || b == '>';
    }
}
