package org.ddor.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.render.html.XhtmlDocuments.one;
import static org.ddor.render.html.XhtmlDocuments.select;
import static org.ddor.render.html.XhtmlDocuments.texts;

import org.ddor.render.ReportSamples;
import org.ddor.render.html.DdorHtmlDocument.Medium;
import org.ddor.report.Edition;
import org.ddor.report.ddor.DdorReport;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** Report text that looks like markup stays text; editions show what they may and nothing more. */
class HtmlEscapingAndEditionTest {

    private static final String NAME = "Town <A> & \"Co\"";

    @Test
    void escapesAJurisdictionNameWithMarkupEverywhere() {
        String html = DdorHtmlDocument.write(ReportSamples.withJurisdiction(NAME, 12, Edition.PUBLIC),
                DdorHtmlDocument.UNPUBLISHED, Medium.SCREEN);
        Document document = XhtmlDocuments.parse(html);
        assertThat(html).contains("Town &lt;A&gt; &amp; \"Co\"").doesNotContain("<A>").doesNotContain("<anyone>")
                .doesNotContain("<B>").doesNotContain("<markup>").doesNotContain("<7>");
        assertThat(one(document, "//section[@id='section-2-99999']/h3").getTextContent()).isEqualTo(NAME + ", ZZ (AOR A&B)");
        assertThat(texts(document, "//table[@class='section-1']//tbody/tr/th")).containsExactly(NAME);
        assertThat(texts(document, "//ul[@class='caveats']/li")).containsExactly("A caveat with <markup> & an ampersand.");
        assertThat(select(document, "//a[@title]")).allSatisfy(link -> assertThat(link.getAttribute("title")).doesNotContain("\n"));
    }

    @Test
    void aPublicGroupOfThreeShowsLessThanFiveMonthsAndNoAges() {
        DdorReport report = ReportSamples.withJurisdiction(NAME, 3, Edition.PUBLIC);
        Document document = XhtmlDocuments.parse(DdorHtmlDocument.write(report, "version 2", Medium.SCREEN));
        assertThat(one(document, "//p[@class='group-facts']/a").getTextContent()).isEqualTo("<5");
        assertThat(one(document, "//p[@class='group-facts']").getTextContent()).doesNotContain("3");
        assertThat(one(document, "//a[@data-trace='section1/99999/declined']").getTextContent()).isEqualTo("<5");
        assertThat(texts(document, "//section[@id='section-2-99999']//tbody/tr/td[4]")).containsOnly("\u2014");
        assertThat(texts(document, "//section[@id='section-2-99999']//thead/tr/th")).doesNotContain("Most serious charge");
        assertThat(select(document, "//div[@class='official-banner']")).isEmpty();
        assertThat(one(document, "//table[@class='imprint']").getTextContent()).contains("version 2");
    }

    @Test
    void theOfficialEditionShowsExactFiguresAndCharges() {
        DdorReport report = ReportSamples.withJurisdiction(NAME, 3, Edition.OFFICIAL);
        Document document = XhtmlDocuments.parse(DdorHtmlDocument.write(report, DdorHtmlDocument.UNPUBLISHED, Medium.SCREEN));
        assertThat(one(document, "//p[@class='group-facts']/a").getTextContent()).isEqualTo("3");
        assertThat(texts(document, "//section[@id='section-2-99999']//thead/tr/th")).contains("Most serious charge");
        assertThat(texts(document, "//section[@id='section-2-99999']//tbody/tr/td[6]")).containsOnly("AGGRAVATED <ASSAULT>");
        assertThat(one(document, "//pre[@class='command']").getTextContent()).endsWith("--edition official --figure KEY");
        assertThat(one(document, "//div[@class='official-banner']").getTextContent())
                .startsWith("OFFICIAL EDITION \u2014 not for publication.");
    }

    @Test
    void thePagedMediumAddsRunningHeadersAndBookmarksOnly() {
        DdorReport report = ReportSamples.withJurisdiction(NAME, 12, Edition.PUBLIC);
        Document screen = XhtmlDocuments.parse(DdorHtmlDocument.write(report, "unpublished", Medium.SCREEN));
        Document paged = XhtmlDocuments.parse(DdorHtmlDocument.write(report, "unpublished", Medium.PAGED));
        assertThat(select(screen, "//div[@class='running-left'] | //bookmarks")).isEmpty();
        assertThat(one(paged, "//div[@class='running-left']").getTextContent())
                .isEqualTo("Declined Detainer Outcome Report \u00b7 week 2025-03-29 to 2025-04-04");
        assertThat(one(paged, "//div[@class='running-right']").getTextContent()).isEqualTo("unpublished");
        assertThat(select(paged, "//bookmarks/bookmark")).hasSize(8);
        assertThat(one(paged, "//svg").getAttribute("alt")).startsWith("Detainers issued and declines recorded");
    }
}
