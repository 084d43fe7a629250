package org.ddor.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ddor.render.ReportRenderer;
import org.ddor.render.table.TableRenderers;
import org.ddor.render.table.Tabulator;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import picocli.CommandLine.Option;

/** The output options of the companion reports: format, file, edition and small-cell threshold. */
final class ReportOutputOptions {

    @Option(names = "--format", defaultValue = "json",
            description = "Output format: json, csv or text (an aligned table for the terminal) (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Option(names = "--edition", defaultValue = "public", description = "public or official (default: ${DEFAULT-VALUE}).")
    Edition edition;

    @Option(names = "--threshold", defaultValue = "5",
            description = "Small-cell threshold of the public edition (default: ${DEFAULT-VALUE}).")
    int threshold;

    Suppression suppression() {
        return new Suppression(edition, threshold);
    }

    /** The renderer, checked before any work so a wrong --format fails at once. */
    <M> ReportRenderer<M> renderer(Tabulator<M> tabulator, boolean zippedCsv) {
        ReportRenderer<M> renderer = TableRenderers.forFormat(format, tabulator, zippedCsv);
        if (zippedCsv && "zip".equals(renderer.extension()) && out == null) {
            throw new IllegalArgumentException("this report's CSV is a zip of several tables: give --out FILE.zip");
        }
        return renderer;
    }

    /** Renders {@code model} to --out, or to standard output. */
    <M> void write(ReportRenderer<M> renderer, M model) throws IOException {
        if (out == null) {
            renderer.render(model, System.out);
            System.out.flush();
            return;
        }
        try (OutputStream target = Files.newOutputStream(out)) {
            renderer.render(model, target);
        }
    }
}
