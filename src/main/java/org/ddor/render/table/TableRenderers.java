package org.ddor.render.table;

import java.util.List;
import java.util.Locale;
import org.ddor.render.JsonReportRenderer;
import org.ddor.render.ReportRenderer;

/**
 * The renderers of the companion reports (rankings, crime categories, series, profiles, follow-up):
 * JSON from the model itself, CSV and text from its {@link Tabulator}. One line per format.
 */
public final class TableRenderers {

    private static final List<String> FORMATS = List.of("json", "csv", "text");

    private TableRenderers() {
    }

    /**
     * The renderer for {@code format}, or an exception listing the formats.
     *
     * @param zippedCsv true when the report has several tables: its CSV is a zip
     */
    public static <M> ReportRenderer<M> forFormat(String format, Tabulator<M> tabulator, boolean zippedCsv) {
        return switch (format.strip().toLowerCase(Locale.ROOT)) {
            case "json" -> new JsonReportRenderer<>();
            case "csv" -> zippedCsv ? CsvTableRenderer.zipped(tabulator) : CsvTableRenderer.single(tabulator);
            case "text", "txt" -> new TextTableRenderer<>(tabulator);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; expected one of "
                    + String.join(", ", FORMATS));
        };
    }

    public static List<String> formats() {
        return FORMATS;
    }
}
