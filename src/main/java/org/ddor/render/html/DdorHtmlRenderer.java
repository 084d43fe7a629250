package org.ddor.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ddor.domain.PublishedReport;
import org.ddor.render.ReportRenderer;
import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.ddor.DdorReport;

/** The Declined Detainer Outcome Report as a standalone, printable HTML page (UTF-8). Stateless and thread-safe. */
public final class DdorHtmlRenderer implements ReportRenderer<DdorReport> {

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    /** Renders a report that has not been published ("unpublished" in its imprint). */
    @Override
    public void render(DdorReport model, OutputStream out) throws IOException {
        render(model, null, out);
    }

    /** Renders a report as published version {@code published}, or unpublished when it is null. */
    public void render(DdorReport model, PublishedReport published, OutputStream out) throws IOException {
        out.write(DdorHtmlDocument.write(model, DdorHtmlDocument.versionLabel(published), Medium.SCREEN)
                .getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
