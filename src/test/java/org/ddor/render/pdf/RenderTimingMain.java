package org.ddor.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import org.ddor.render.ReportRenderer;
import org.ddor.render.html.DdorHtmlRenderer;
import org.ddor.report.Period;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;

/**
 * Warm render times of the weekly report, HTML and PDF (not a unit test: timings on a shared 2-core
 * machine are noisy). Usage: {@code RenderTimingMain STORE WEEK-DAY [OUT-FOLDER]}, e.g. the demo store
 * and a day of its last full week. Prints the median and fastest of 20 runs after 10 warm-up runs, for
 * HTML and for the PDF tagged (the default) and untagged.
 */
public final class RenderTimingMain {

    private static final int WARM_UP = 10;
    private static final int RUNS = 20;

    private RenderTimingMain() {
    }

    public static void main(String[] args) throws Exception {
        DdorReport report;
        try (Store store = Store.open(Path.of(args[0]))) {
            report = new DdorReportBuilder(store.connection())
                    .build(DdorParameters.of(Period.week(Period.day(args[1]), DayOfWeek.SATURDAY)));
        }
        ReportRenderer<DdorReport> html = new DdorHtmlRenderer();
        time("html", html, report);
        byte[] pdfBytes = time("pdf (tagged, the default)", new DdorPdfRenderer(), report);
        time("pdf (untagged)", new DdorPdfRenderer(false), report);
        time("pdf (tagged, again)", new DdorPdfRenderer(), report);
        if (args.length > 2) {
            Files.write(Path.of(args[2], "timing.pdf"), pdfBytes);
        }
    }

    private static byte[] time(String name, ReportRenderer<DdorReport> renderer, DdorReport report) throws Exception {
        long first = System.nanoTime();
        byte[] bytes = render(renderer, report);
        System.out.printf("%s: first (cold) %.1f ms, %,d bytes%n", name, (System.nanoTime() - first) / 1e6, bytes.length);
        for (int i = 0; i < WARM_UP; i++) {
            render(renderer, report);
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            render(renderer, report);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("%s: warm median %.1f ms, fastest %.1f ms, slowest %.1f ms (%d runs)%n", name,
                millis[RUNS / 2], millis[0], millis[RUNS - 1], RUNS);
        return bytes;
    }

    private static byte[] render(ReportRenderer<DdorReport> renderer, DdorReport report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        renderer.render(report, out);
        return out.toByteArray();
    }
}
