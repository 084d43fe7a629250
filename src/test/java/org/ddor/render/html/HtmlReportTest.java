package org.ddor.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.render.html.XhtmlDocuments.one;
import static org.ddor.render.html.XhtmlDocuments.select;
import static org.ddor.render.html.XhtmlDocuments.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ddor.render.DdorRenderers;
import org.ddor.render.RenderFixtures;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The HTML report of a tiny store of generated data: structure, privacy, tracing, standalone-ness. */
class HtmlReportTest {

    private static DdorReport report;
    private static String html;
    private static Document document;

    @BeforeAll
    static void render(@TempDir Path folder) throws IOException {
        report = RenderFixtures.weeklyReport(folder, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DdorRenderers.forFormat("html").render(report, out);
        html = out.toString(StandardCharsets.UTF_8);
        document = XhtmlDocuments.parse(html);
    }

    @Test
    void isRegisteredAsHtml() {
        assertThat(DdorRenderers.forFormat("html").extension()).isEqualTo("html");
        assertThat(DdorRenderers.formats()).contains("html", "pdf");
    }

    @Test
    void hasTitlePeriodAndEveryPartInOrder() {
        assertThat(one(document, "//h1").getTextContent()).isEqualTo("Declined Detainer Outcome Report");
        assertThat(one(document, "//p[@class='period']").getTextContent())
                .isEqualTo("Week of Saturday, January 3, 2015 to Friday, January 9, 2015");
        assertThat(texts(document, "//main/section[@class='part']/h2")).containsExactly("Summary", "Twelve-week trend",
                "Section I. Detainers issued to jurisdictions with a restrictive policy",
                "Section II. Detainers recorded as declined, by jurisdiction",
                "Section III. Jurisdictions with restrictive policies", "Section IV. Scope and data fidelity",
                "Appendix. Tracing figures to records");
        assertThat(texts(document, "//nav[@class='contents']//a")).hasSize(7);
        assertThat(html).contains("unpublished");
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() {
        assertThat(select(document, "//table")).hasSizeGreaterThan(5)
                .allSatisfy(table -> assertThat(table.getElementsByTagName("caption").getLength()).isEqualTo(1));
        assertThat(select(document, "//th[not(@scope)]")).isEmpty();
        assertThat(select(document, "//thead/tr/th")).allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
    }

    @Test
    void saysGeneratedSampleDataInTheTitleAndABanner() {
        assertThat(one(document, "//head/title").getTextContent()).startsWith("GENERATED SAMPLE DATA \u2014 not real records");
        assertThat(one(document, "//div[@class='sample-banner']").getTextContent())
                .startsWith("GENERATED SAMPLE DATA \u2014 not real records.");
    }

    @Test
    void aSmallGroupShowsLessThanFiveAndNeverItsValue() {
        Element montgomery = one(document, "//section[@id='section-2-42091']");
        Element figure = one(document, "//section[@id='section-2-42091']//a[@data-trace='section2/42091']");
        assertThat(figure.getTextContent()).isEqualTo("<5");
        assertThat(figure.getAttribute("class")).isEqualTo("figure suppressed");
        assertThat(figure.getParentNode().getTextContent()).doesNotContain("3");
        assertThat(montgomery.getTextContent()).contains("Fewer than 5 declines: dates are shown as months");
        assertThat(texts(document, "//section[@id='section-2-42091']//tbody/tr/td[2]")).containsOnly("2015-01");
        assertThat(html).contains("&lt;5").doesNotContain("data-trace=\"section2/42091\" title=\"ddor report rows ddor"
                + " --week 2015-01-03 --figure section2/42091\">3<");
    }

    @Test
    void noSuppressedFigureShowsANumber() {
        assertThat(select(document, "//a[contains(@class,'suppressed')]")).isNotEmpty()
                .allSatisfy(figure -> assertThat(figure.getTextContent()).isEqualTo("<5"));
        long suppressedInTrend = report.trend().stream()
                .flatMap(point -> java.util.stream.Stream.of(point.issued(), point.declined()))
                .filter(org.ddor.report.Count::suppressed).count();
        assertThat(suppressedInTrend).isPositive();
        assertThat(texts(document, "//svg/text[.='<5']")).hasSize((int) suppressedInTrend);
        assertThat(select(document, "//svg/rect[@stroke-dasharray]")).hasSize((int) suppressedInTrend);
    }

    @Test
    void aLargeGroupShowsDaysAndTheDeclinedDateRule() {
        Element figure = one(document, "//a[@data-trace='section2/06085']");
        assertThat(figure.getTextContent()).isEqualTo("7");
        assertThat(texts(document, "//section[@id='section-2-06085']//tbody/tr/td[2]")).contains("2015-01-03", "2015-01-09");
        assertThat(texts(document, "//section[@id='section-2-06085']//tbody/tr/td[3]"))
                .containsOnly("unknown \u2014 placed by issued date");
    }

    @Test
    void everyFigureCarriesItsTraceKeyAndCommand() {
        assertThat(select(document, "//a[contains(@class,'figure')]")).isNotEmpty().allSatisfy(figure -> {
            assertThat(figure.getAttribute("data-trace")).isNotBlank();
            assertThat(figure.getAttribute("title")).isEqualTo("ddor report rows ddor --week 2015-01-03 --figure "
                    + TraceCommand.shellQuoted(figure.getAttribute("data-trace")));
            String anchor = figure.getAttribute("href").substring(1);
            assertThat(one(document, "//tr[@id='" + anchor + "']/td[@class='key']").getTextContent())
                    .isEqualTo(figure.getAttribute("data-trace"));
        });
        assertThat(one(document, "//pre[@class='command']").getTextContent())
                .isEqualTo("ddor report rows ddor --week 2015-01-03 --figure KEY");
    }

    @Test
    void figuresAreRightAligned() {
        assertThat(select(document, "//td[a[contains(@class,'figure')]]"))
                .allSatisfy(cell -> assertThat(cell.getAttribute("class")).isEqualTo("num"));
    }

    @Test
    void escapesPolicyWordsFromTheSourceFile() {
        assertThat(html).contains("Sheriff's Decision &lt;No. 7&gt; &amp; Annex")
                .contains("without a &lt;judicial&gt; warrant &amp; a court order")
                .doesNotContain("<judicial>").doesNotContain("<No. 7>");
        assertThat(texts(document, "//table[@class='section-3']//td")).contains("Sheriff's Decision <No. 7> & Annex");
    }

    @Test
    void standsAloneWithoutScriptOrExternalResources() {
        assertThat(select(document, "//script | //link | //img | //iframe | //object")).isEmpty();
        assertThat(html).doesNotContain("src=").doesNotContain("href=\"http").doesNotContain("url(");
        assertThat(one(document, "//svg[@class='trend-chart']").getAttribute("role")).isEqualTo("img");
        assertThat(one(document, "//svg[@class='trend-chart']/title").getTextContent())
                .startsWith("Detainers issued and declines recorded");
    }

    @Test
    void sectionTwosMapShadesEachDecliningCountyByItsClassAndLinksToItsGroup() {
        Element small = one(document, "//svg[@class='county-map']//a[@href='#section-2-42091']/path");
        assertThat(small.getAttribute("fill")).isEqualTo("#fde0c5");
        assertThat(small.getTextContent()).endsWith(": <5 declines recorded").doesNotContain("3 declines");
        Element seven = one(document, "//svg[@class='county-map']//a[@href='#section-2-06085']/path");
        assertThat(seven.getAttribute("fill")).isEqualTo("#f9a870");
        assertThat(seven.getTextContent()).endsWith(": 7 declines recorded");
        assertThat(select(document, "//svg[@class='county-map']//a")).allSatisfy(link ->
                assertThat(select(document, "//section[@id='" + link.getAttribute("href").substring(1) + "']")).hasSize(1));
        assertThat(texts(document, "//div[@class='legend']//span[@class='legend-item']"))
                .containsExactly("\u00a0 fewer than 5", "\u00a0 5\u201324", "\u00a0 25\u201399", "\u00a0 100\u2013499",
                        "\u00a0 500 or more");
    }

    @Test
    void sectionFourListsSourcesExclusionsAndCaveats() {
        Element section = one(document, "//section[@id='section-4']");
        assertThat(texts(document, "//table[@class='sources']/tbody/tr/th")).containsExactly("policies.csv", "foia-2015-week.csv");
        assertThat(section.getTextContent()).contains("Flags for this period", "Caveats",
                "Law enforcement agencies do not generally tell ICE when they decline a detainer");
        assertThat(texts(document, "//table[@class='placements']/tbody/tr/th")).containsExactly("issued date (declined date unknown)");
    }
}
