package org.ddor.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The fonts every DDOR PDF embeds, so that a PDF looks the same on every machine: Liberation Sans,
 * Serif and Mono (SIL Open Font License 1.1), from the {@code jasperreports-fonts-liberation} jar
 * (docs/dependencies.md). Each font file is read once per process; thread-safe.
 *
 * <p>The family names match the stylesheet ("Liberation Sans", …). Sans is registered for SVG too,
 * because Batik draws the chart's text with the fonts it is given, not the document's.
 */
final class ReportFonts {

    private static final String FOLDER = "/com/mpobjects/jasperreports/fonts/liberation/";
    private static final Set<FSFontUseCase> DOCUMENT = EnumSet.of(FSFontUseCase.DOCUMENT);
    private static final Set<FSFontUseCase> DOCUMENT_AND_SVG = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);

    /** One face: file, family, weight, style, and whether the SVG chart uses it. */
    private record Face(String file, String family, int weight, FontStyle style, boolean svg, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face("LiberationSans-Regular.ttf", "Liberation Sans", 400, FontStyle.NORMAL, true),
            face("LiberationSans-Bold.ttf", "Liberation Sans", 700, FontStyle.NORMAL, true),
            face("LiberationSans-Italic.ttf", "Liberation Sans", 400, FontStyle.ITALIC, true),
            face("LiberationSans-BoldItalic.ttf", "Liberation Sans", 700, FontStyle.ITALIC, false),
            face("LiberationSerif-Regular.ttf", "Liberation Serif", 400, FontStyle.NORMAL, false),
            face("LiberationSerif-Bold.ttf", "Liberation Serif", 700, FontStyle.NORMAL, false),
            face("LiberationMono-Regular.ttf", "Liberation Mono", 400, FontStyle.NORMAL, false));

    private ReportFonts() {
    }

    /** Registers every face with the builder, subset (only the glyphs used are embedded). */
    static void register(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(),
                    true, face.svg() ? DOCUMENT_AND_SVG : DOCUMENT);
        }
    }

    /** The family names registered, for tests. */
    static List<String> families() {
        return FACES.stream().map(Face::family).distinct().toList();
    }

    private static Face face(String file, String family, int weight, FontStyle style, boolean svg) {
        return new Face(file, family, weight, style, svg, read(file));
    }

    private static byte[] read(String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path: the build must"
                        + " include com.mpobjects.jasperreports.font:jasperreports-fonts-liberation");
            }
            // Without GSUB, PDFBox skips its (slow, and for this text idle) glyph substitution: see TrueTypeTables.
            return TrueTypeTables.withoutTable(in.readAllBytes(), "GSUB");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file + ": " + e.getMessage(), e);
        }
    }
}
