package org.ddor.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddor.report.ddor.DdorReport;

/** The registry of renderers of the Declined Detainer Outcome Report: one line per format. */
public final class DdorRenderers {

    private static final Map<String, ReportRenderer<DdorReport>> BY_FORMAT = new LinkedHashMap<>();

    static {
        register(new JsonReportRenderer<>());
        register(new org.ddor.render.csv.DdorCsvRenderer());
        register(new org.ddor.render.html.DdorHtmlRenderer());
        register(new org.ddor.render.pdf.DdorPdfRenderer());
    }

    private DdorRenderers() {
    }

    private static void register(ReportRenderer<DdorReport> renderer) {
        BY_FORMAT.put(renderer.format(), renderer);
    }

    /** The renderer for a format; throws with the list of formats otherwise. */
    public static ReportRenderer<DdorReport> forFormat(String format) {
        ReportRenderer<DdorReport> renderer = BY_FORMAT.get(format.toLowerCase(java.util.Locale.ROOT));
        if (renderer == null) {
            throw new IllegalArgumentException("unknown format '" + format + "'; expected one of " + String.join(", ", formats()));
        }
        return renderer;
    }

    public static List<String> formats() {
        return List.copyOf(BY_FORMAT.keySet());
    }
}
