package org.ddor.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link InputProbe} found at the top of a file.
 *
 * @param path         the file
 * @param format       CSV or XLSX
 * @param sheet        the sheet read (xlsx), or null for csv
 * @param headerRow    1-based row of the header, as a spreadsheet shows it (rows above are titles)
 * @param headerLine   1-based physical line where the header starts (csv; equals headerRow for xlsx)
 * @param header       the header cells
 * @param titleLines   the non-empty text of the rows above the header
 * @param layout       the detected layout and its evidence
 */
public record ProbedInput(Path path, InputFormat format, String sheet, int headerRow, int headerLine, List<String> header,
                          List<String> titleLines, Layout.Detected layout) {

    public ProbedInput {
        header = List.copyOf(header);
        titleLines = List.copyOf(titleLines);
    }

    /** True when the title rows say the file is DDOR's generated sample data. */
    public boolean saysGenerated() {
        return titleLines.stream().anyMatch(line -> line.toUpperCase(java.util.Locale.ROOT).contains("GENERATED SAMPLE"));
    }
}
