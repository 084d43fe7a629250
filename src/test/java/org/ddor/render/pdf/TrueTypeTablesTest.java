package org.ddor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class TrueTypeTablesTest {

    @Test
    void dropsATableAndKeepsTheFontReadable() throws IOException {
        byte[] original = liberationSans();
        assertThat(TrueTypeTables.hasTable(original, "GSUB")).isTrue();
        byte[] edited = TrueTypeTables.withoutTable(original, "GSUB");
        assertThat(TrueTypeTables.hasTable(edited, "GSUB")).isFalse();
        assertThat(TrueTypeTables.hasTable(edited, "glyf")).isTrue();
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(edited))) {
            assertThat(font.getTableMap()).doesNotContainKey("GSUB").containsKeys("cmap", "glyf", "head", "hmtx");
            assertThat(font.getUnicodeCmapLookup().getGlyphId('A')).isPositive();
            assertThat(font.getGsubData()).isSameAs(org.apache.fontbox.ttf.model.GsubData.NO_DATA_FOUND);
        }
    }

    @Test
    void leavesAFontWithoutTheTableAsItWas() throws IOException {
        byte[] once = TrueTypeTables.withoutTable(liberationSans(), "GSUB");
        assertThat(TrueTypeTables.withoutTable(once, "GSUB")).isEqualTo(once);
    }

    @Test
    void refusesWhatIsNotATrueTypeFont() {
        assertThatThrownBy(() -> TrueTypeTables.withoutTable("%PDF-1.7 not a font".getBytes(), "GSUB"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a TrueType font file (version 0x25504446)");
    }

    private static byte[] liberationSans() throws IOException {
        try (InputStream in = TrueTypeTablesTest.class.getResourceAsStream(
                "/com/mpobjects/jasperreports/fonts/liberation/LiberationSans-Regular.ttf")) {
            return in.readAllBytes();
        }
    }
}
