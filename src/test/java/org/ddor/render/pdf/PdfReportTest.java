package org.ddor.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ddor.render.DdorRenderers;
import org.ddor.render.RenderFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF of a tiny store of generated data, read back with PDFBox. */
class PdfReportTest {

    private static PDDocument pdf;
    private static String text;

    @BeforeAll
    static void render(@TempDir Path folder) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("pdf").render(RenderFixtures.weeklyReport(folder, true), out);
        pdf = Loader.loadPDF(out.toByteArray());
        text = new PDFTextStripper().getText(pdf);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    @Test
    void isALetterSizedDocumentOfSeveralPages() {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        assertThat(pdf.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
        assertThat(DdorRenderers.forFormat("pdf").extension()).isEqualTo("pdf");
    }

    @Test
    void containsEverySectionAndNumbersItsPages() {
        assertThat(text).contains("Declined Detainer Outcome Report", "Summary", "Twelve-week trend",
                "Section I. Detainers issued to jurisdictions with a restrictive policy",
                "Section II. Detainers recorded as declined, by jurisdiction",
                "Section III. Jurisdictions with restrictive policies", "Section IV. Scope and data fidelity",
                "page 1 of " + pdf.getNumberOfPages(), "page 2 of " + pdf.getNumberOfPages());
    }

    @Test
    void saysGeneratedSampleDataOnTheTitlePageInTheRunningHeaderAndTheTitle() throws IOException {
        assertThat(pageText(1)).contains("GENERATED SAMPLE DATA \u2014 not real records.");
        assertThat(pageText(2)).contains("GENERATED SAMPLE DATA \u00b7 unpublished");
        assertThat(pdf.getDocumentInformation().getTitle()).startsWith("GENERATED SAMPLE DATA");
    }

    @Test
    void hasAContentsWithPageNumbers() throws IOException {
        assertThat(pageText(1)).containsPattern("Section I\\. Detainers issued to jurisdictions with a restrictive policy[ .]+\\d+");
        assertThat(pdf.getDocumentCatalog().getDocumentOutline().children()).hasSize(8);
    }

    @Test
    void embedsEveryFont() throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        assertThat(fonts).extracting(PDFont::getName).allSatisfy(name -> assertThat(name).contains("Liberation"));
    }

    @Test
    void showsLessThanFiveForTheSmallGroup() throws IOException {
        PDFTextStripper inReadingOrder = new PDFTextStripper();
        inReadingOrder.setSortByPosition(true);
        assertThat(inReadingOrder.getText(pdf)).contains("Montgomery County, PA (AOR PHI)").contains("Declines: <5.");
    }

    private static String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
