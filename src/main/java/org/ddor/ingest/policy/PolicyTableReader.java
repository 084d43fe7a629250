package org.ddor.ingest.policy;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ddor.ingest.InputException;
import org.ddor.ingest.reference.Gazetteer;

/**
 * Reads a policy table in the DDOR Section III layout — {@code Jurisdiction (AOR)} or
 * {@code Location}, {@code Date Enacted}, {@code Policy}, {@code Criteria for Honoring Detainer} —
 * into policies of resolved jurisdictions (docs/policies.md). Every data row becomes a policy or a
 * reject with its row, column and reason; the defects of real lists (duplicates, two policies for
 * one county, ZIP codes in names, state-wide rows, cities, mixed date formats) each leave a note.
 *
 * <p>Rows are numbered 1-based as a spreadsheet shows the file: comment lines above the header
 * ({@code # ...}) count, so in a file with one comment line the header is row 2 and the first
 * policy row 3. Title rows above the header (up to {@value #HEADER_SEARCH_ROWS} rows) are skipped
 * with a note. A comment saying GENERATED marks the table as {@linkplain PolicyTable#generated() generated}.
 *
 * <p>Policy tables are small (hundreds of rows), so a table is read whole; the reader refuses files
 * over {@value #MAX_CHARS} characters or {@value #MAX_ROWS} rows. Thread-safe: it keeps no state
 * between reads.
 */
public final class PolicyTableReader {

    /** Largest table accepted, in characters (bytes for a file): 10 MiB. */
    public static final int MAX_CHARS = 10 * 1024 * 1024;
    /** Most rows accepted. */
    public static final int MAX_ROWS = 100_000;
    /** Rows searched for the header row below the comment lines. */
    public static final int HEADER_SEARCH_ROWS = 10;

    private static final Pattern GENERATED = Pattern.compile("(?i)\\bgenerated\\b");

    private final LocationResolver locations;

    /** A reader resolving locations with the project's gazetteer. */
    public PolicyTableReader() {
        this(Gazetteer.load());
    }

    public PolicyTableReader(Gazetteer gazetteer) {
        this.locations = new LocationResolver(gazetteer);
    }

    /**
     * Reads a policy table file: UTF-8 (with or without a byte-order mark), or Windows-1252 when it
     * is not valid UTF-8 (said in a note).
     *
     * @throws InputException when the file is too large, has no header row, or lacks a layout column
     * @throws IOException    when the file cannot be read
     */
    public PolicyTable read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        if (Files.size(file) > MAX_CHARS) {
            throw tooLarge(fileName);
        }
        List<String> notes = new ArrayList<>();
        return parse(decode(Files.readAllBytes(file), notes), fileName, notes);
    }

    /**
     * Reads a policy table from characters; does not close the reader.
     *
     * @param fileName the name rejects and messages give the table, e.g. "policies.csv"
     * @throws InputException when the table is too large, has no header row, or lacks a layout column
     * @throws IOException    when the reader fails
     */
    public PolicyTable read(Reader in, String fileName) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            text.append(buffer, 0, n);
            if (text.length() > MAX_CHARS) {
                throw tooLarge(fileName);
            }
        }
        return parse(text.toString(), fileName, new ArrayList<>());
    }

    private PolicyTable parse(String text, String fileName, List<String> notes) {
        LeadingComments top = LeadingComments.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        List<List<String>> records = records(top.body(), fileName);
        int headerIndex = headerIndex(records, fileName, top);
        PolicyHeader header = PolicyHeader.of(fileName, top.lines() + headerIndex + 1L, records.get(headerIndex));
        boolean generated = noteTop(top, headerIndex, records, header, notes);
        PolicyRowReader rows = new PolicyRowReader(fileName, header, locations, notes);
        for (int index = headerIndex + 1; index < records.size(); index++) {
            rows.read(top.lines() + index + 1L, records.get(index));
        }
        List<PolicyRow> policies = PolicyHistory.link(rows.policies(), notes);
        return new PolicyTable(fileName, rows.rowsRead(), policies, rows.rejects(), notes, generated,
                header.unknownColumns());
    }

    private static List<List<String>> records(String body, String fileName) {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(body)) {
            for (CsvRecord record : csv) {
                if (records.size() == MAX_ROWS) {
                    throw new InputException("policy table " + fileName + " has more than " + MAX_ROWS
                            + " rows; policy tables have hundreds — check that this is the policy table");
                }
                records.add(record.getFields());
            }
        } catch (CsvParseException | IOException e) {
            throw new InputException("policy table " + fileName + " is not readable CSV: " + e.getMessage(), e);
        }
        return records;
    }

    /** The first of the first rows naming two layout columns, else the first non-blank row (whose check then fails). */
    private static int headerIndex(List<List<String>> records, String fileName, LeadingComments top) {
        int firstNonBlank = -1;
        for (int index = 0; index < records.size() && index < HEADER_SEARCH_ROWS; index++) {
            if (PolicyHeader.recognised(records.get(index)) >= 2) {
                return index;
            }
            if (firstNonBlank < 0 && !records.get(index).stream().allMatch(String::isBlank)) {
                firstNonBlank = index;
            }
        }
        if (firstNonBlank < 0) {
            throw new InputException("policy table " + fileName + " is empty"
                    + (top.comments().isEmpty() ? "" : " apart from its comment lines") + "; expected a header row");
        }
        return firstNonBlank;
    }

    /** Notes on what is above and in the header; true when the comments mark the table as generated. */
    private static boolean noteTop(LeadingComments top, int headerIndex, List<List<String>> records,
                                   PolicyHeader header, List<String> notes) {
        boolean generated = top.comments().stream().anyMatch(c -> GENERATED.matcher(c).find());
        if (generated) {
            notes.add("the table is marked as generated (" + top.comments().stream()
                    .filter(c -> GENERATED.matcher(c).find()).findFirst().orElseThrow().strip()
                    + "): its policies are not real");
        }
        if (headerIndex > 0) {
            notes.add("rows " + (top.lines() + 1) + "–" + (top.lines() + headerIndex) + " above the header (row "
                    + header.row() + ") ignored, starting '" + String.join(" ", records.get(0)).strip() + "'");
        }
        header.unknownColumns().forEach(column -> notes.add("column '" + column
                + "' is not part of the policy layout; ignored"));
        return generated;
    }

    private static String decode(byte[] bytes, List<String> notes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            notes.add("the file is not valid UTF-8; read as Windows-1252");
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static InputException tooLarge(String fileName) {
        return new InputException("policy table " + fileName + " is larger than 10 MB; policy tables have hundreds of"
                + " rows — check that this is the policy table");
    }

    /**
     * The comment lines ({@code #...}) and blank lines at the top of a table, and the text below them.
     *
     * @param comments the comment lines, without their line ends
     * @param lines    number of lines taken (comments and blank lines): the rows above the CSV body
     * @param body     the rest of the text
     */
    record LeadingComments(List<String> comments, int lines, String body) {

        static LeadingComments of(String text) {
            List<String> comments = new ArrayList<>();
            int lines = 0;
            int position = 0;
            while (position < text.length()) {
                int end = lineEnd(text, position);
                String line = text.substring(position, end);
                if (!line.startsWith("#") && !line.isBlank()) {
                    break;
                }
                if (line.startsWith("#")) {
                    comments.add(line);
                }
                lines++;
                position = afterLineBreak(text, end);
            }
            return new LeadingComments(List.copyOf(comments), lines, text.substring(Math.min(position, text.length())));
        }

        private static int lineEnd(String text, int from) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            return end;
        }

        private static int afterLineBreak(String text, int end) {
            boolean crlf = end + 1 < text.length() && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            if (crlf) {
                return end + 2;
            }
            return end + 1;
        }
    }
}
