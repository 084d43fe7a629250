package org.ddor.render.html;

import static org.ddor.render.html.Tables.Column.number;
import static org.ddor.render.html.Tables.Column.text;

import java.util.List;
import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.ddor.DdorReport.TrendPoint;

/** The twelve-week trend: the chart, and the same figures as a table (for screen readers and for tracing). */
final class TrendSection {

    private static final String SECTION = "Trend";

    private TrendSection() {
    }

    static void write(Context context) {
        Xhtml html = context.html();
        List<TrendPoint> trend = context.report().trend();
        Part.TREND.open(html);
        if (trend.isEmpty()) {
            html.element("p", "No trend: the report has no periods to compare.");
            html.close();
            return;
        }
        String title = "Detainers issued and declines recorded, " + trend.size() + " periods of 7 days from "
                + trend.get(0).firstDay() + " to " + trend.get(trend.size() - 1).lastDay();
        html.open("figure", "class", "chart");
        TrendChart.write(html, trend, context.threshold(), context.medium() == Medium.PAGED, title, "Two bar charts, one above the other, each with"
                + " its own scale: detainers issued nationally, and declines recorded. Each bar is labelled with its"
                + " figure; the last bar is this report's period. The table below lists the same figures.");
        boolean anySuppressed = trend.stream().anyMatch(point -> point.issued().suppressed() || point.declined().suppressed());
        html.element("figcaption", title + ". Each period runs 7 days and is labelled by its first day; the two"
                + " panels have different scales."
                + (anySuppressed ? " A dashed outline marks a figure below " + context.threshold() + ", drawn at "
                + context.threshold() + " whatever its value." : ""));
        html.close();
        table(context, trend);
        html.close();
    }

    private static void table(Context context, List<TrendPoint> trend) {
        Xhtml html = context.html();
        Tables.start(html, "trend", "Figures of the chart, by period of 7 days",
                text("Period"), number("Detainers issued"), number("Declines recorded"));
        for (TrendPoint point : trend) {
            String period = point.firstDay() + " to " + point.lastDay();
            html.open("tr");
            Tables.rowHeader(html, period);
            context.figures().cell(html, SECTION, "detainers issued, " + period, point.issued());
            context.figures().cell(html, SECTION, "declines recorded, " + period, point.declined());
            html.close();
        }
        Tables.end(html);
    }
}
