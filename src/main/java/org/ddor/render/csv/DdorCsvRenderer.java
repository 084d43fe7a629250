package org.ddor.render.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ddor.render.ReportRenderer;
import org.ddor.report.Edition;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;

/**
 * The Declined Detainer Outcome Report as a zip of CSV tables ({@link DdorCsvTables}) with a
 * README.txt that says what the report is, for which period and edition, from which inputs, and
 * whether it is generated sample data. The zip is byte-for-byte the same for the same report: its
 * entries carry a fixed time, not the time of writing. Stateless and thread-safe.
 */
public final class DdorCsvRenderer implements ReportRenderer<DdorReport> {

    /** The time every zip entry carries, so that the same report gives the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    /** What README.txt says of each file. */
    private static final List<String> FILES = List.of(
            "metadata.csv             period, edition, threshold and parameters (field, value)",
            "inputs.csv               the releases read, with their SHA-256 checksums",
            "summary.csv              detainers issued, declines, issued to restrictive jurisdictions",
            "trend.csv                issued and declined in each of the twelve weeks ending on the last day",
            "section1.csv             Section I: jurisdictions with a restrictive policy in effect, by issued",
            "section2.csv             Section II: declines of the period, one row per detainer, by jurisdiction",
            "section3.csv             Section III: restrictive policies in effect in the period",
            "section4_sources.csv     Section IV: releases and the issued dates they cover",
            "section4_exclusions.csv  Section IV: records counted for no jurisdiction, by reason",
            "section4_placement.csv   Section IV: which date placed each decline in the period",
            "section4_bursts.csv      Section IV: days with 10 or more declines recorded for one jurisdiction",
            "section4_flags.csv       Section IV: old declines, declines after a transfer, open disputes");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String extension() {
        return "zip";
    }

    @Override
    public void render(DdorReport report, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        entry(zip, "README.txt", readme(report).getBytes(StandardCharsets.UTF_8));
        for (CsvTable table : DdorCsvTables.of(report)) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            table.writeTo(bytes);
            entry(zip, table.fileName(), bytes.toByteArray());
        }
        zip.finish();
    }

    /** Writes one table ({@link DdorCsvTables#NAMES}) as a CSV file; throws with the list of names otherwise. */
    public void renderTable(DdorReport report, String table, OutputStream out) throws IOException {
        DdorCsvTables.table(report, table.toLowerCase(Locale.ROOT)).writeTo(out);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    /** The README of the zip: plain text, LF line ends. */
    static String readme(DdorReport report) {
        DdorReport.Header header = report.header();
        DdorParameters parameters = header.parameters();
        StringBuilder text = new StringBuilder();
        if (header.generatedSampleData()) {
            text.append(DdorCsvTables.GENERATED_NOTICE).append(": built from DDOR's generated sample data;")
                    .append(" it describes no real person, facility or policy.\n\n");
        }
        text.append(header.title()).append(" — CSV tables\n\n");
        text.append("Period:    ").append(parameters.period().label()).append(" (")
                .append(parameters.period().from()).append(" to ").append(parameters.period().to()).append(", both included)\n");
        text.append("Edition:   ").append(edition(parameters)).append('\n');
        text.append("Data:      detainers issued ").append(header.dataFrom() == null ? "(none)"
                : header.dataFrom() + " to " + header.dataTo()).append(" in the store\n");
        text.append("Parameters: ").append(parameters.canonical()).append("\n\nInputs (release, kind, SHA-256):\n");
        for (DdorReport.Input input : header.inputs()) {
            text.append("  ").append(input.releaseId()).append("  ").append(input.name()).append("  ").append(input.kind())
                    .append("  ").append(input.sha256()).append(input.generated() ? "  (generated sample data)" : "")
                    .append('\n');
        }
        text.append("\nFiles:\n");
        FILES.forEach(line -> text.append("  ").append(line).append('\n'));
        text.append("\nCaveats:\n");
        report.sectionIV().caveats().forEach(caveat -> text.append("  - ").append(caveat).append('\n'));
        text.append("\nEvery figure's definition: docs/reports.md; every column: docs/report-schema.md.\n")
                .append("The records behind a figure (the *_trace and trace columns hold its key):\n  ddor report rows ddor --from ")
                .append(parameters.period().from()).append(" --to ").append(parameters.period().to())
                .append(" --figure KEY").append(parameters.edition() == Edition.OFFICIAL
                        ? " --edition official" : "").append('\n');
        return text.toString();
    }

    private static String edition(DdorParameters parameters) {
        int threshold = parameters.suppression().threshold();
        return switch (parameters.edition()) {
            case PUBLIC -> "public: a count above 0 and below " + threshold + " is shown as \"<" + threshold + "\"";
            case OFFICIAL -> "official: every count and charge is shown; not for publication";
        };
    }
}
