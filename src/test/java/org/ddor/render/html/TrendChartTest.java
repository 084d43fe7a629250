package org.ddor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.ddor.report.Count;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorReport.TrendPoint;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class TrendChartTest {

    private static final Suppression PUBLIC = new Suppression(Edition.PUBLIC, 5);

    @Test
    void scaleStepsAreRound() {
        assertThat(TrendChart.niceStep(1)).isEqualTo(1);
        assertThat(TrendChart.niceStep(27.5)).isEqualTo(30);
        assertThat(TrendChart.niceStep(810)).isEqualTo(1000);
        assertThat(TrendChart.niceStep(22)).isEqualTo(25);
        assertThat(TrendChart.niceStep(2.2)).isEqualTo(3);
    }

    @Test
    void aSuppressedFigureIsADashedOutlineAtTheThresholdLabelledLessThanFive() {
        LocalDate day = LocalDate.of(2025, 3, 29);
        List<TrendPoint> trend = List.of(new TrendPoint(day, day.plusDays(6), Count.of(3, "t/i", PUBLIC),
                Count.of(2, "t/d", PUBLIC)));
        Xhtml html = new Xhtml();
        TrendChart.write(html, trend, 5, false, "A title", "A description");
        Document svg = XhtmlDocuments.parse(html.finish());
        assertThat(XhtmlDocuments.select(svg, "//rect[@stroke-dasharray]")).hasSize(2);
        assertThat(XhtmlDocuments.texts(svg, "//text[.='<5']")).hasSize(2);
        assertThat(XhtmlDocuments.texts(svg, "//text")).doesNotContain("3");
        assertThat(XhtmlDocuments.one(svg, "/svg").getAttribute("aria-label")).isEqualTo("A title");
        assertThat(XhtmlDocuments.one(svg, "/svg").hasAttribute("alt")).isFalse();
    }

    @Test
    void everyBarIsLabelledWithItsFigureAndTheReportWeekInWords() {
        LocalDate day = LocalDate.of(2025, 3, 29);
        List<TrendPoint> trend = List.of(
                new TrendPoint(day.minusDays(7), day.minusDays(1), Count.of(1234, "a", PUBLIC), Count.of(56, "b", PUBLIC)),
                new TrendPoint(day, day.plusDays(6), Count.of(1500, "c", PUBLIC), Count.of(61, "d", PUBLIC)));
        Xhtml html = new Xhtml();
        TrendChart.write(html, trend, 5, true, "T", "D");
        Document svg = XhtmlDocuments.parse(html.finish());
        assertThat(XhtmlDocuments.texts(svg, "//text")).contains("1,234", "1,500", "56", "61", "Mar 22", "Mar 29",
                "this report", "Detainers issued, nationally", "Declines recorded (placed in each period)");
        assertThat(XhtmlDocuments.one(svg, "/svg").getAttribute("alt")).isEqualTo("T");
    }
}
