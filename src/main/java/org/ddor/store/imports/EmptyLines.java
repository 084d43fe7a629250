package org.ddor.store.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * Finds the empty lines of a CSV file. DuckDB's reader skips an empty line without a trace but
 * counts it in the record numbers of the rows it rejects; knowing where they are keeps every stored
 * row's source row the one a spreadsheet shows. Streams the file through a small buffer.
 *
 * <p>Quoting is followed as DuckDB's strict reader follows it (RFC 4180): a quote opens a quoted value
 * only at the start of a field, {@code ""} inside one is a quote, and a line break inside one is part
 * of the value, not the end of the record. A carriage return before a line feed is part of the line
 * break (a lone carriage return makes DuckDB refuse the file anyway). Stateless.
 */
final class EmptyLines {

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private EmptyLines() {
    }

    /** Passes the 1-based record number of every empty line after record {@code afterRecord} to {@code emptyLine}. */
    static void find(Path file, long afterRecord, LongConsumer emptyLine) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            Scan scan = new Scan(afterRecord, emptyLine);
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                for (int i = 0; i < read; i++) {
                    scan.accept(buffer[i]);
                }
            }
        }
    }

    /** The reader's position: the current record, whether it has content yet, and the quoting state. */
    private static final class Scan {

        private final long afterRecord;
        private final LongConsumer emptyLine;
        private long record = 1;
        private boolean empty = true;
        private int state = FIELD_START;

        Scan(long afterRecord, LongConsumer emptyLine) {
            this.afterRecord = afterRecord;
            this.emptyLine = emptyLine;
        }

        void accept(byte b) {
            if (state == QUOTED) {
                state = b == '"' ? QUOTE_IN_QUOTED : QUOTED;
            } else if (state == QUOTE_IN_QUOTED && b == '"') {
                state = QUOTED;
            } else if (b == '\n') {
                endRecord();
            } else if (b != '\r') {
                empty = false;
                state = b == ',' ? FIELD_START : b == '"' && state == FIELD_START ? QUOTED : UNQUOTED;
            }
        }

        private void endRecord() {
            if (empty && record > afterRecord) {
                emptyLine.accept(record);
            }
            record++;
            empty = true;
            state = FIELD_START;
        }
    }
}
