package org.ddor.ingest.sample;

import java.nio.charset.StandardCharsets;

/**
 * A text value the generator writes many times (a country, a facility name, a header), with its CSV
 * encodings prepared once: the generator's speed comes from copying these bytes rather than
 * quoting and encoding each value on each row. Immutable.
 */
final class CellText {

    private final String value;
    private final byte[] alwaysQuoted;
    private final byte[] quotedWhenNeeded;

    private CellText(String value) {
        this.value = value;
        this.alwaysQuoted = quote(value).getBytes(StandardCharsets.UTF_8);
        this.quotedWhenNeeded = (needsQuotes(value) ? quote(value) : value).getBytes(StandardCharsets.UTF_8);
    }

    static CellText of(String value) {
        return new CellText(value);
    }

    static CellText[] all(String... values) {
        CellText[] texts = new CellText[values.length];
        for (int i = 0; i < values.length; i++) {
            texts[i] = of(values[i]);
        }
        return texts;
    }

    String value() {
        return value;
    }

    /** In double quotes, inner quotes doubled: how R's {@code write.csv} writes every string. */
    byte[] alwaysQuoted() {
        return alwaysQuoted;
    }

    /** Quoted only when it holds a comma, quote or line break, as pandas writes. */
    byte[] quotedWhenNeeded() {
        return quotedWhenNeeded;
    }

    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String quote(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return value;
    }
}
