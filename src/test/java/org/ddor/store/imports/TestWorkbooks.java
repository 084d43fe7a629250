package org.ddor.store.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds xlsx workbooks at test time (nothing binary is committed): ICE-style sheets with title rows
 * and real date cells, and hostile variants made by replacing a part of a valid workbook.
 */
final class TestWorkbooks {

    /** ICE's title-case header of an ERO-LESA release, as its spreadsheets spell it. */
    static final List<Object> ERO_LESA_HEADER = List.of("Detainer Prepare Date", "Facility State", "Facility AOR",
            "Detention Facility", "Detention Facility Code", "Facility City", "Gender", "Citizenship Country",
            "Birth Year", "Most Serious Conviction Charge", "MSC Charge Code", "MSC Charge Date", "MSC Conviction Date",
            "Detainer Prepared Criminality", "Detainer Lift Reason", "Detainer Type", "Unique Identifier",
            "Duplicate Likely", "Port of Departure");

    private TestWorkbooks() {
    }

    /** One sheet: its rows from row 1 down; an empty list is a blank row. */
    record Sheet(String name, List<List<Object>> rows) {
    }

    /** The rows of an ICE-style sheet: two title rows, a blank row, the header in row 4, then the data. */
    static List<List<Object>> iceSheet(List<Object> header, List<List<Object>> data) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("U.S. Immigration and Customs Enforcement"));
        rows.add(List.of("Detainers Issued FY2024 (generated for a DDOR test)"));
        rows.add(List.of());
        rows.add(header);
        rows.addAll(data);
        return rows;
    }

    /** One data row of {@link #ERO_LESA_HEADER}. */
    static List<Object> eroLesaRow(LocalDate issued, String state, String facility, String code, String city,
                                   Object birthYear, String liftReason, String subject) {
        return Arrays.asList(issued, state, "Test Area of Responsibility", facility, code, city, "Male", "MEXICO",
                birthYear, "Assault", "1399", LocalDate.of(2023, 6, 2), "NA", "1 Convicted Criminal", liftReason,
                "I247A - Immigration Detainer - Notice of Action", subject, "FALSE", "NA");
    }

    static Path write(Path file, Sheet... sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "DDOR tests", "1.0");
            for (Sheet sheet : sheets) {
                writeSheet(workbook.newWorksheet(sheet.name()), sheet.rows());
            }
            workbook.finish();
        }
        return file;
    }

    private static void writeSheet(Worksheet worksheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                writeCell(worksheet, r, c, row.get(c));
            }
        }
    }

    private static void writeCell(Worksheet worksheet, int r, int c, Object value) {
        if (value instanceof LocalDate date) {
            worksheet.value(r, c, date);
            worksheet.style(r, c).format("m/d/yyyy").set();
        } else if (value instanceof Number number) {
            worksheet.value(r, c, number);
        } else if (value != null) {
            worksheet.value(r, c, value.toString());
        }
    }

    /** A copy of {@code xlsx} with some parts' bytes replaced (or added), written with honest zip sizes. */
    static Path withParts(Path xlsx, Path out, Map<String, byte[]> parts) throws IOException {
        try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (ZipEntry entry : in.stream().toList()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (parts.containsKey(entry.getName())) {
                    zip.write(parts.get(entry.getName()));
                } else {
                    try (InputStream part = in.getInputStream(entry)) {
                        part.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
        return out;
    }

    /**
     * A copy of {@code xlsx} whose zip directory says {@code partName} inflates to twice its compressed size,
     * whatever it really inflates to: a zip bomb that passes checks on declared sizes.
     */
    static Path withLyingSize(Path xlsx, Path out, String partName) throws IOException {
        byte[] zip = Files.readAllBytes(xlsx);
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(zip).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < zip.length - 46; at++) {
            if (bytes.getInt(at) == 0x02014b50) {
                int nameLength = bytes.getShort(at + 28) & 0xffff;
                if (new String(zip, at + 46, nameLength, StandardCharsets.UTF_8).equals(partName)) {
                    bytes.putInt(at + 24, bytes.getInt(at + 20) * 2);
                }
            }
        }
        return Files.write(out, zip);
    }

    /** The text of one part of a workbook. */
    static String part(Path xlsx, String name) throws IOException {
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IllegalArgumentException(xlsx + " has no part " + name);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
