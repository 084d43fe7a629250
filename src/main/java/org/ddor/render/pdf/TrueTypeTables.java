package org.ddor.render.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Edits the table directory of a TrueType font file in memory.
 *
 * <p>Why: PDFBox 3 runs its glyph-substitution engine (GSUB) on every run of text drawn with a font that
 * has a GSUB table, compiling regular expressions each time; for a report that is most of the render time.
 * The report's Latin text needs no substitution (the fonts' GSUB holds only composition of combining marks
 * and no ligatures), and PDFBox's subsetter leaves GSUB out of the embedded font anyway, so the PDF is the
 * same without it.
 */
final class TrueTypeTables {

    private static final int OFFSET_TABLE = 12;
    private static final int RECORD = 16;

    private TrueTypeTables() {
    }

    /**
     * A copy of {@code font} whose directory no longer lists {@code tag}; the table's bytes stay where they
     * are, unreferenced. Returns an unchanged copy when the font has no such table.
     *
     * @throws IllegalArgumentException when {@code font} is not a TrueType font file
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer buffer = ByteBuffer.wrap(font.clone());
        int version = font.length >= OFFSET_TABLE ? buffer.getInt(0) : 0;
        if (version != 0x00010000 && version != 0x74727565) {
            throw new IllegalArgumentException("not a TrueType font file (version 0x" + Integer.toHexString(version) + ")");
        }
        int tables = Short.toUnsignedInt(buffer.getShort(4));
        int found = find(buffer, tables, tag);
        if (found < 0) {
            return buffer.array();
        }
        int end = OFFSET_TABLE + tables * RECORD;
        int start = OFFSET_TABLE + found * RECORD;
        System.arraycopy(buffer.array(), start + RECORD, buffer.array(), start, end - start - RECORD);
        java.util.Arrays.fill(buffer.array(), end - RECORD, end, (byte) 0);
        writeSearchFields(buffer, tables - 1);
        return buffer.array();
    }

    /** True when the font's directory lists {@code tag}. */
    static boolean hasTable(byte[] font, String tag) {
        ByteBuffer buffer = ByteBuffer.wrap(font);
        return find(buffer, Short.toUnsignedInt(buffer.getShort(4)), tag) >= 0;
    }

    private static int find(ByteBuffer buffer, int tables, String tag) {
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int at = OFFSET_TABLE + i * RECORD;
            if (buffer.get(at) == wanted[0] && buffer.get(at + 1) == wanted[1] && buffer.get(at + 2) == wanted[2]
                    && buffer.get(at + 3) == wanted[3]) {
                return i;
            }
        }
        return -1;
    }

    /** numTables and the binary-search fields derived from it (OpenType spec, "Table directory"). */
    private static void writeSearchFields(ByteBuffer buffer, int tables) {
        int entrySelector = 31 - Integer.numberOfLeadingZeros(Math.max(1, tables));
        int searchRange = (1 << entrySelector) * RECORD;
        buffer.putShort(4, (short) tables);
        buffer.putShort(6, (short) searchRange);
        buffer.putShort(8, (short) entrySelector);
        buffer.putShort(10, (short) (tables * RECORD - searchRange));
    }
}
