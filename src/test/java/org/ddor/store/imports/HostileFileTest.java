package org.ddor.store.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ddor.store.imports.ImportFixtures.fixture;
import static org.ddor.store.imports.ImportFixtures.importFile;
import static org.ddor.store.imports.ImportFixtures.options;
import static org.ddor.store.imports.ImportFixtures.rows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ddor.ingest.InputException;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken files: each is refused with one line naming the file and leaves the store as it was,
 * or its bad rows are rejected one by one (with the reason in words) while the rows around them keep their rows.
 */
class HostileFileTest {

    private static final String FOIA_HEADER = "date,lift_reason,det_facility,city,state,detainer_type\n";
    private static final String GOOD_ROW = "2015-01-15 00:00:00,Lifted,\"BUCKS CNTY JAIL, PA\",DOYLESTOWN,PENNSYLVANIA,I247D\n";

    @TempDir
    Path folder;

    private Store store;
    private Map<String, String> before;

    @BeforeEach
    void openStoreWithOneRelease() throws Exception {
        store = ImportFixtures.openStore(folder);
        importFile(store, fixture("ero_lesa.csv"), options(folder));
        before = ImportFixtures.snapshot(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = Files.createFile(folder.resolve("empty.csv"));

        assertRefused(file, file + ": the file is empty");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        byte[] bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 'x';
        bytes[100] = 0;
        Path file = Files.write(folder.resolve("detainers.csv"), bytes);

        assertRefused(file, file + ": not a CSV text file or an xlsx workbook (binary content)");
    }

    @Test
    void aUtf16FileIsRefusedWithWhatToDo() throws Exception {
        byte[] text = ("\uFEFF" + FOIA_HEADER + GOOD_ROW).getBytes(StandardCharsets.UTF_16LE);
        Path file = Files.write(folder.resolve("unicode.csv"), text);

        assertRefused(file, file + ": the file is UTF-16 text; save it as CSV UTF-8");
    }

    @Test
    void aLegacyXlsIsRefusedWithWhatToDo() throws Exception {
        byte[] ole2 = new byte[2048];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, ole2, 0, 8);
        Path file = Files.write(folder.resolve("detainers.xls"), ole2);

        assertRefused(file, file + ": legacy Excel .xls is not supported; save it as .xlsx or .csv");
    }

    @Test
    void aCsvWithUnrelatedHeadersIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("budget.csv"), "name,amount,color\nbob,3,red\nann,4,blue\n");

        assertRefused(file, file + ": no header row of a known layout (foia-2015, ero-lesa, policy, canonical) "
                + "in its first 20 rows");
    }

    @Test
    void aHeaderWithoutRowsIsRefused() throws Exception {
        Path file = Files.writeString(folder.resolve("header.csv"), FOIA_HEADER);

        assertRefused(file, file + ": no data rows below the header (row 1)");
    }

    @Test
    void aTruncatedXlsxIsRefused() throws Exception {
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(folder.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder)));

        assertThat(thrown).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": not a readable xlsx workbook (");
        assertOneLineAndUnchanged(thrown);
    }

    @Test
    void anXlsxWhoseSheetBreaksAfterItsFirstRowsIsRefusedAsAWhole() throws Exception {
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        String sheet = TestWorkbooks.part(whole, "xl/worksheets/sheet1.xml");
        String broken = sheet.substring(0, sheet.indexOf("<row r=\"6\"")) + "<row r=\"6\"><c r=\"A6\" t=\"s\"><v>";
        Path file = TestWorkbooks.withParts(whole, folder.resolve("broken.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", broken.getBytes(StandardCharsets.UTF_8)));

        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder)));

        assertThat(thrown).isInstanceOf(InputException.class)
                .hasMessage(file + ": cannot read sheet 'Detainers': Unexpected End-of-input in xml document");
        assertOneLineAndUnchanged(thrown);
    }

    @Test
    void anXlsxZipBombIsRefusedBeforeItIsInflated() throws Exception {
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        Path file = zipBomb(whole, folder.resolve("bomb.xlsx"), 200 << 20);

        long started = System.nanoTime();
        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder)));

        assertThat(thrown).isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": xlsx part xl/worksheets/sheet1.xml inflates ")
                .hasMessageEndingWith("-fold (limit 200); refused as a possible zip bomb");
        assertThat(System.nanoTime() - started).as("refused without inflating").isLessThan(2_000_000_000L);
        assertOneLineAndUnchanged(thrown);
    }

    @Test
    void anXlsxPartThatInflatesBeyondItsDeclaredSizeIsRefused() throws Exception {
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        String sheet = TestWorkbooks.part(whole, "xl/worksheets/sheet1.xml");
        String padded = sheet.replace("</sheetData>", "</sheetData>" + " ".repeat(8 << 20));
        Path honest = TestWorkbooks.withParts(whole, folder.resolve("honest.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", padded.getBytes(StandardCharsets.UTF_8)));
        Path file = TestWorkbooks.withLyingSize(honest, folder.resolve("lying.xlsx"), "xl/worksheets/sheet1.xml");

        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder)));

        assertThat(thrown).isInstanceOf(InputException.class).hasMessageMatching(java.util.regex.Pattern.quote(file.toString())
                + ": xlsx part xl/worksheets/sheet1\\.xml inflates beyond the \\d+ bytes it declares; "
                + "refused as a possible zip bomb");
        assertOneLineAndUnchanged(thrown);
    }

    @Test
    void anXlsxCellOverTheFieldLimitIsRefusedBeforeItIsRead() throws Exception {
        StringBuilder letters = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        while (letters.length() < 2 << 20) {
            letters.append((char) ('A' + random.nextInt(26)));
        }
        List<Object> row = new java.util.ArrayList<>(TestWorkbooks.eroLesaRow(LocalDate.of(2024, 1, 1), "TEXAS",
                "HARRIS COUNTY JAIL", "HARRITX", "HOUSTON", 1980, "NA", "s1"));
        row.set(3, letters.toString());
        Path file = TestWorkbooks.write(folder.resolve("long-cell.xlsx"), new TestWorkbooks.Sheet("Detainers",
                TestWorkbooks.iceSheet(TestWorkbooks.ERO_LESA_HEADER, List.of(row))));

        assertRefused(file, file + ": xlsx part xl/sharedStrings.xml has a value over 1048576 bytes, "
                + "the limit for one field; refused");
    }

    @Test
    void anEntityInSharedStringsNeitherExpandsNorReadsALocalFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-4711");
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        String strings = TestWorkbooks.part(whole, "xl/sharedStrings.xml")
                .replace("HARRIS COUNTY JAIL", "&xxe;&lol4;");
        Path file = TestWorkbooks.withParts(whole, folder.resolve("xxe.xlsx"),
                Map.of("xl/sharedStrings.xml", withDoctype(strings, "sst", secret).getBytes(StandardCharsets.UTF_8)));

        assertNoEntityReachesTheStore(file, secret);
    }

    @Test
    void anEntityInASheetNeitherExpandsNorReadsALocalFile() throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "TOP-SECRET-4711");
        Path whole = eroLesaWorkbook(folder.resolve("whole.xlsx"));
        String sheet = TestWorkbooks.part(whole, "xl/worksheets/sheet1.xml")
                .replace("<row r=\"5\">", "<row r=\"5\"><c r=\"T5\" t=\"inlineStr\"><is><t>&xxe;&lol4;</t></is></c>");
        Path file = TestWorkbooks.withParts(whole, folder.resolve("xxe-sheet.xlsx"),
                Map.of("xl/worksheets/sheet1.xml", withDoctype(sheet, "worksheet", secret).getBytes(StandardCharsets.UTF_8)));

        assertNoEntityReachesTheStore(file, secret);
    }

    @Test
    void aTenMegabyteFieldRejectsItsRowAndTheRowsAfterItKeepTheirRows() throws Exception {
        Path file = folder.resolve("long.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((FOIA_HEADER + GOOD_ROW.repeat(30)).getBytes(StandardCharsets.UTF_8));
            out.write("2015-01-16 00:00:00,Lifted,\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "X".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write(("\",DOYLESTOWN,PENNSYLVANIA,I247D\n" + GOOD_ROW.replace("01-15", "01-17"))
                    .getBytes(StandardCharsets.UTF_8));
        }

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRead()).isEqualTo(32);
        assertThat(result.rowsRejected()).isEqualTo(1);
        String reject = Files.readAllLines(folder.resolve("rejects.csv")).get(1);
        assertThat(reject).matches("long\\.csv,,32,,\"row is 1048\\d{4} bytes, over the limit of 1048576 bytes\","
                + "\"2015-01-16 00:00:00,Lifted,\"\"X{972}\"");
        assertThat(rows(store, "select source_row, raw_issued from detainer where release_id = " + result.releaseId()
                + " and source_row > 30 order by source_row")).containsExactly(
                List.of("31", "2015-01-15 00:00:00"), List.of("33", "2015-01-17 00:00:00"));
    }

    @Test
    void aStrayQuoteInTheFirstRowIsThatRowsRejectNotARefusalOfTheFile() throws Exception {
        Path file = Files.writeString(folder.resolve("quote.csv"), FOIA_HEADER
                + "2015-01-14 00:00:00,\"Lifted\"x,\"BUCKS CNTY JAIL, PA\",DOYLESTOWN,PENNSYLVANIA,I247D\n"
                + GOOD_ROW.repeat(25));

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.rowsImported()).isEqualTo(25);
        assertThat(Files.readAllLines(folder.resolve("rejects.csv")).get(1)).startsWith(
                "quote.csv,,2,lift_reason,\"stray quote: a quoted value has text after its closing quote, "
                        + "or its quote is never closed\",");
    }

    @Test
    void aShortRowNamesItsFirstMissingColumn() throws Exception {
        Path file = Files.writeString(folder.resolve("short.csv"), FOIA_HEADER + GOOD_ROW.repeat(20)
                + "2015-01-14 00:00:00,Lifted,SCI SMITHFIELD,HUNTINGDON\n" + GOOD_ROW);

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(Files.readAllLines(folder.resolve("rejects.csv")).get(1)).isEqualTo("short.csv,,22,state,"
                + "row has fewer columns than the header (4 of 6),\"2015-01-14 00:00:00,Lifted,SCI SMITHFIELD,HUNTINGDON\"");
    }

    @Test
    void anUnclosedQuoteIsOneRejectAndTheRowsAfterItKeepTheirRows() throws Exception {
        Path file = Files.writeString(folder.resolve("unclosed.csv"), FOIA_HEADER + GOOD_ROW.repeat(20)
                + "2015-01-14 00:00:00,\"Lifted,SCI SMITHFIELD,HUNTINGDON,PENNSYLVANIA,I247D\n"
                + GOOD_ROW.replace("01-15", "01-16") + GOOD_ROW.replace("01-15", "01-17"));

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(Files.readAllLines(folder.resolve("rejects.csv")).get(1)).startsWith("unclosed.csv,,22,lift_reason,");
        assertThat(rows(store, "select source_row, raw_issued from detainer where release_id = " + result.releaseId()
                + " and source_row > 20 order by source_row")).containsExactly(
                List.of("21", "2015-01-15 00:00:00"), List.of("23", "2015-01-17 00:00:00"));
    }

    @Test
    void invalidUtf8RejectsItsRowNamingTheColumn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes((FOIA_HEADER + GOOD_ROW.repeat(20)).getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("2015-01-14 00:00:00,Li".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.writeBytes(("ted,SCI SMITHFIELD,HUNTINGDON,PENNSYLVANIA,I247D\n" + GOOD_ROW).getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(folder.resolve("latin.csv"), bytes.toByteArray());

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRejected()).isEqualTo(1);
        assertThat(result.rowsImported()).isEqualTo(21);
        assertThat(Files.readAllLines(folder.resolve("rejects.csv")).get(1))
                .startsWith("latin.csv,,22,lift_reason,not UTF-8 text: save the file as CSV UTF-8,");
    }

    @Test
    void aCarriageReturnThatBreaksTheLinesIsOneClearLine() throws Exception {
        Path file = Files.writeString(folder.resolve("mixed.csv"), FOIA_HEADER + GOOD_ROW
                + "2015-01-14 00:00:00,Lif\rted,SCI SMITHFIELD,HUNTINGDON,PENNSYLVANIA,I247D\n" + GOOD_ROW);

        assertRefused(file, file + ": cannot read as CSV: a carriage return outside quotes breaks the lines "
                + "(mixed line endings?); save the file again with one kind of line ending");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void emptyLinesAndEmptyRowsAreSkippedAndTheRowsAfterThemKeepTheirRows(String lineEnd) throws Exception {
        String text = "\n" + FOIA_HEADER + GOOD_ROW + "\n" + ",,,,,\n" + GOOD_ROW.replace("01-15", "01-16") + "\n\n"
                + GOOD_ROW.replace("01-15", "01-17") + "\n\n";
        Path file = Files.writeString(folder.resolve("gaps.csv"), text.replace("\n", lineEnd));

        ImportResult result = importFile(store, file, options(folder));

        assertThat(result.rowsRead()).isEqualTo(3);
        assertThat(result.rowsRejected()).isZero();
        assertThat(rows(store, "select source_row, raw_issued from detainer where release_id = " + result.releaseId()
                + " order by source_row")).containsExactly(List.of("3", "2015-01-15 00:00:00"),
                List.of("6", "2015-01-16 00:00:00"), List.of("9", "2015-01-17 00:00:00"));
    }

    private void assertRefused(Path file, String message) throws Exception {
        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder)));

        assertThat(thrown).isInstanceOf(InputException.class).hasMessage(message);
        assertOneLineAndUnchanged(thrown);
    }

    private void assertOneLineAndUnchanged(Throwable thrown) throws Exception {
        assertThat(thrown.getMessage()).doesNotContain("\n");
        assertThat(ImportFixtures.snapshot(store)).isEqualTo(before);
    }

    /** Either refused in one line with the store unchanged, or imported without the entity's text anywhere. */
    private void assertNoEntityReachesTheStore(Path file, Path secret) throws Exception {
        Throwable thrown = catchThrowable(() -> importFile(store, file, options(folder).withMaxRejectShare(1)));

        if (thrown != null) {
            assertThat(thrown).isInstanceOf(InputException.class).hasMessageStartingWith(file + ": ")
                    .hasMessageEndingWith(": its XML uses an entity or a DTD, which DDOR refuses as unsafe");
            assertOneLineAndUnchanged(thrown);
        }
        String stored = ImportFixtures.storedText(store);
        assertThat(stored).doesNotContain(Files.readString(secret)).doesNotContain("lollollol");
        Path rejects = folder.resolve("rejects.csv");
        if (Files.exists(rejects)) {
            assertThat(Files.readString(rejects)).doesNotContain(Files.readString(secret)).doesNotContain("lollollol");
        }
    }

    /** A DOCTYPE with an external entity naming a local file and nested entities (billion laughs, shortened). */
    private static String withDoctype(String xml, String root, Path secret) {
        String doctype = "<!DOCTYPE " + root + " [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">]>";
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
    }

    private static Path eroLesaWorkbook(Path file) throws IOException {
        List<List<Object>> data = new java.util.ArrayList<>();
        for (int day = 1; day <= 25; day++) {
            data.add(TestWorkbooks.eroLesaRow(LocalDate.of(2024, 1, day), "TEXAS", "HARRIS COUNTY JAIL", "HARRITX",
                    "HOUSTON", 1980 + day, "Detainer Declined by LEA", "s" + day));
        }
        return TestWorkbooks.write(file, new TestWorkbooks.Sheet("Detainers",
                TestWorkbooks.iceSheet(TestWorkbooks.ERO_LESA_HEADER, data)));
    }

    /** A copy of {@code xlsx} whose first sheet is {@code size} bytes of one repeated byte, deflated. */
    private static Path zipBomb(Path xlsx, Path out, int size) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : in.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    byte[] block = new byte[1 << 20];
                    Arrays.fill(block, (byte) ' ');
                    for (int written = 0; written < size; written += block.length) {
                        zip.write(block);
                    }
                } else {
                    in.getInputStream(entry).transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out;
    }
}
