package org.ddor.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ddor.render.DdorRenderers;
import org.ddor.render.ReportRenderer;
import org.ddor.render.csv.DdorCsvTables;
import org.ddor.report.ddor.DdorReport;

/**
 * A report in a download format, from the renderers registered in {@link DdorRenderers}: json, csv (a zip
 * of every table, or one table with {@code table=section1}), html (the standalone document) and pdf.
 */
final class Downloads {

    static final List<String> TABLES = DdorCsvTables.NAMES;

    private Downloads() {
    }

    static List<String> formats() {
        return DdorRenderers.formats();
    }

    static void respond(Context ctx, DdorReport report, String format, String fileStem) throws IOException {
        String table = Params.choice(ctx, "table", null, TABLES);
        if (table != null && !format.equals("csv")) {
            throw WebException.badRequest("table= needs format=csv");
        }
        if (table != null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DdorCsvTables.table(report, table).writeTo(out);
            attachment(ctx, fileStem + "-" + table + ".csv");
            ctx.contentType("text/csv; charset=utf-8").result(out.toByteArray());
            return;
        }
        ReportRenderer<DdorReport> renderer = DdorRenderers.forFormat(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(report, out);
        String fileName = fileStem + "." + renderer.extension();
        switch (format) {
            case "json" -> ctx.contentType("application/json; charset=utf-8");
            case "csv" -> {
                attachment(ctx, fileName);
                ctx.contentType("application/zip");
            }
            case "pdf" -> {
                ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
                ctx.contentType("application/pdf");
            }
            case "html" -> {
                String document = out.toString(StandardCharsets.UTF_8);
                ctx.header("Content-Security-Policy", ReportMarkup.standaloneContentSecurityPolicy(document));
                ctx.header("Content-Disposition", "inline; filename=\"" + fileName + "\"");
                ctx.contentType("text/html; charset=utf-8");
            }
            default -> ctx.contentType("application/octet-stream");
        }
        ctx.result(out.toByteArray());
    }

    private static void attachment(Context ctx, String fileName) {
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}
