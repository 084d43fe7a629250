package org.ddor.ingest;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ddor.ingest.xlsx.XlsxFiles;

/**
 * Looks at the top of a file: its format (from its first bytes), the header row (ICE puts title
 * rows above it) and the layout. Reads at most {@link InputLimits#headerSearchRows()} rows.
 */
public final class InputProbe {

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    /** Excel's "Unicode Text" and some exports write UTF-16, which has NUL bytes but is not binary. */
    private static final byte[] UTF16_LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16_BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private final InputLimits limits;

    public InputProbe(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Probes {@code path}.
     *
     * @throws InputException when the file is missing, empty, too large, binary, legacy .xls, or has
     *                        no recognisable header in its first rows
     */
    public ProbedInput probe(Path path) {
        byte[] head = readHead(path);
        if (startsWith(head, OLE2_MAGIC)) {
            throw new InputException(path + ": legacy Excel .xls is not supported; save it as .xlsx or .csv");
        }
        if (startsWith(head, ZIP_MAGIC)) {
            XlsxFiles.checkSafe(path, limits);
            return XlsxFiles.probe(path, limits);
        }
        if (startsWith(head, UTF16_LE_BOM) || startsWith(head, UTF16_BE_BOM)) {
            throw new InputException(path + ": the file is UTF-16 text; save it as CSV UTF-8");
        }
        if (looksBinary(head)) {
            throw new InputException(path + ": not a CSV text file or an xlsx workbook (binary content)");
        }
        return probeCsv(path);
    }

    private byte[] readHead(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InputException(path + ": no such file");
            }
            long size = Files.size(path);
            if (size == 0) {
                throw new InputException(path + ": the file is empty");
            }
            if (size > limits.maxFileBytes()) {
                throw new InputException(path + ": " + size + " bytes is over the limit of " + limits.maxFileBytes());
            }
            try (InputStream in = Files.newInputStream(path)) {
                return in.readNBytes(8192);
            }
        } catch (IOException e) {
            throw new InputException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private ProbedInput probeCsv(Path path) {
        List<String> titles = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (InputStream in = Files.newInputStream(path);
             CsvReader<CsvRecord> reader = CsvReader.builder()
                     .allowExtraFields(true).allowMissingFields(true).allowUnclosedQuote(true).skipEmptyLines(false)
                     .maxBufferSize(limits.maxFieldBytes())
                     .ofCsvRecord(new InputStreamReader(in, decoder))) {
            int row = 0;
            for (CsvRecord record : reader) {
                row++;
                if (row > limits.headerSearchRows()) {
                    break;
                }
                List<String> cells = stripBom(record.getFields());
                var layout = Layout.detect(cells);
                if (layout.isPresent()) {
                    return new ProbedInput(path, InputFormat.CSV, null, row, (int) record.getStartingLineNumber(),
                            cells, titles, layout.get());
                }
                String text = String.join(" ", cells).strip();
                if (!text.isEmpty()) {
                    titles.add(text);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new InputException(path + ": cannot read as CSV: " + e.getMessage(), e);
        }
        throw new InputException(path + ": no header row of a known layout (foia-2015, ero-lesa, policy, canonical)"
                + " in its first " + limits.headerSearchRows() + " rows");
    }

    private static List<String> stripBom(List<String> cells) {
        if (cells.isEmpty() || cells.get(0).isEmpty() || cells.get(0).charAt(0) != '\uFEFF') {
            return cells;
        }
        List<String> copy = new ArrayList<>(cells);
        copy.set(0, copy.get(0).substring(1));
        return copy;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL byte does not occur in CSV text (UTF-8 or Latin-1). */
    private static boolean looksBinary(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }
}
