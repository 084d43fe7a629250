package org.ddor.ingest.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ddor.ingest.InputException;
import org.ddor.ingest.InputFormat;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.Layout;
import org.ddor.ingest.ProbedInput;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Safety checks and header probing for xlsx workbooks. An xlsx is a zip of XML parts: a hostile
 * one can declare huge parts (a zip bomb) or carry a DTD (entity expansion). We refuse a
 * workbook whose parts inflate beyond {@link InputLimits} or beyond the sizes they declare, or hold a
 * value longer than one field may be; fastexcel-reader parses XML with DTDs and external entities
 * disabled (checked by tests with crafted workbooks).
 */
public final class XlsxFiles {

    private XlsxFiles() {
    }

    /**
     * Refuses zip bombs (too many entries, too large in total, a part inflating too much or beyond its
     * declared size) and values too long to hold in memory; see {@link XlsxParts}.
     */
    public static void checkSafe(Path path, InputLimits limits) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
            long total = 0;
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                entries++;
                long size = entry.getSize();
                long compressed = Math.max(entry.getCompressedSize(), 1);
                if (size < 0) {
                    throw new InputException(path + ": xlsx part " + entry.getName() + " does not declare its size; refused as unsafe");
                }
                total += size;
                if (size > (1 << 20) && size / compressed > limits.maxXlsxInflateRatio()) {
                    throw new InputException(path + ": xlsx part " + entry.getName() + " inflates " + size / compressed
                            + "-fold (limit " + limits.maxXlsxInflateRatio() + "); refused as a possible zip bomb");
                }
            }
            if (entries > 10_000 || total > limits.maxXlsxUncompressed()) {
                throw new InputException(path + ": xlsx inflates to " + total + " bytes in " + entries
                        + " parts, over the limit; refused as a possible zip bomb");
            }
            XlsxParts.verify(path, zip, limits);
        } catch (IOException e) {
            throw new InputException(path + ": not a readable xlsx workbook (" + reason(e) + ")", e);
        }
    }

    /** Finds the first sheet with a header row of a known layout in its first rows. */
    public static ProbedInput probe(Path path, InputLimits limits) {
        try (ReadableWorkbook workbook = open(path)) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                ProbedInput found = probeSheet(path, sheet, limits);
                if (found != null) {
                    return found;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException inputException) {
                throw inputException;
            }
            throw new InputException(path + ": not a readable xlsx workbook (" + reason(e) + ")", e);
        }
        throw new InputException(path + ": no sheet has a header row of a known layout in its first "
                + limits.headerSearchRows() + " rows");
    }

    private static ProbedInput probeSheet(Path path, Sheet sheet, InputLimits limits) throws IOException {
        List<String> titles = new ArrayList<>();
        try (var rows = sheet.openStream()) {
            for (Row row : (Iterable<Row>) rows.limit(limits.headerSearchRows())::iterator) {
                List<String> cells = texts(row);
                var layout = Layout.detect(cells);
                if (layout.isPresent()) {
                    return new ProbedInput(path, InputFormat.XLSX, sheet.getName(), row.getRowNum(), row.getRowNum(),
                            cells, titles, layout.get());
                }
                String text = String.join(" ", cells).strip();
                if (!text.isEmpty()) {
                    titles.add(text);
                }
            }
        }
        return null;
    }

    /**
     * One line saying why a workbook could not be read: the first line of the innermost message, in words
     * when the XML used an entity (the reader refuses DTDs and entities, so none is ever expanded).
     */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        String first = message.lines().findFirst().orElse(message).strip();
        if (first.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
            return "its XML uses an entity or a DTD, which DDOR refuses as unsafe";
        }
        return first;
    }

    /** Opens a workbook from a file (an InputStream would be read whole into memory). */
    public static ReadableWorkbook open(Path path) throws IOException {
        return new ReadableWorkbook(path.toFile(), new ReadingOptions(true, false));
    }

    /** Cell texts of a row, with blank cells for gaps, so column positions are kept. */
    static List<String> texts(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(row.getCellText(i).strip());
        }
        return cells;
    }
}
