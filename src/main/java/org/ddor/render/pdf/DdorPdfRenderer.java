package org.ddor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import org.ddor.domain.PublishedReport;
import org.ddor.render.ReportRenderer;
import org.ddor.render.html.DdorHtmlDocument;
import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.ddor.DdorReport;

/**
 * The Declined Detainer Outcome Report as a PDF (U.S. Letter): the HTML report's own markup laid out for
 * paged media by openhtmltopdf, with embedded fonts ({@link ReportFonts}), the same SVG chart, a title
 * page, contents with page numbers, running headers and "page X of Y". Nothing is fetched while
 * rendering. Stateless and thread-safe.
 */
public final class DdorPdfRenderer implements ReportRenderer<DdorReport> {

    static {
        // openhtmltopdf logs every step at INFO through java.util.logging; a command line wants warnings only.
        XRLog.setLoggerImpl(new JDKXRLogger(false, Level.WARNING, new ConsoleHandler(), new XRSimpleLogFormatter()));
    }

    private final boolean tagged;

    /** A renderer of tagged (PDF/UA) documents. */
    public DdorPdfRenderer() {
        this(true);
    }

    /** With {@code tagged} false, an untagged PDF: half the size and time, but no structure for screen readers. */
    DdorPdfRenderer(boolean tagged) {
        this.tagged = tagged;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    /** Renders a report that has not been published ("unpublished" in its header). */
    @Override
    public void render(DdorReport model, OutputStream out) throws IOException {
        render(model, null, out);
    }

    /** Renders a report as published version {@code published}, or unpublished when it is null. */
    public void render(DdorReport model, PublishedReport published, OutputStream out) throws IOException {
        String html = DdorHtmlDocument.write(model, DdorHtmlDocument.versionLabel(published), Medium.PAGED);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.withHtmlContent(html, null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.withProducer("DDOR");
        // Tagged PDF/UA (Section 508 asks it of U.S. public documents): readable by screen readers; it
        // also keeps the built-in, unembedded PDF fonts out, so every glyph comes from ReportFonts.
        builder.usePdfUaAccessibility(tagged);
        ReportFonts.register(builder);
        builder.toStream(out);
        builder.run();
        out.flush();
    }
}
