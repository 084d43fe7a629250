package org.ddor.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.junit.jupiter.api.Test;

class TraceCommandTest {

    @Test
    void namesThePeriodAsTheCommandLineAsksForIt() {
        assertThat(TraceCommand.periodOptions(Period.week(LocalDate.of(2025, 4, 2), DayOfWeek.SATURDAY)))
                .isEqualTo("--week 2025-03-29");
        assertThat(TraceCommand.periodOptions(Period.week(LocalDate.of(2025, 4, 2), DayOfWeek.MONDAY)))
                .isEqualTo("--week 2025-03-31 --week-start MONDAY");
        assertThat(TraceCommand.periodOptions(Period.quarter("2025Q2"))).isEqualTo("--quarter 2025Q2");
        assertThat(TraceCommand.periodOptions(Period.fiscalYear(2025))).isEqualTo("--fiscal-year 2025");
        assertThat(TraceCommand.periodOptions(Period.range(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31))))
                .isEqualTo("--from 2025-01-01 --to 2025-01-31");
    }

    @Test
    void quotesKeysAShellWouldSplit() {
        assertThat(TraceCommand.shellQuoted("section2/42091")).isEqualTo("section2/42091");
        assertThat(TraceCommand.shellQuoted("section4/excluded/facility run by ice/issued"))
                .isEqualTo("'section4/excluded/facility run by ice/issued'");
        assertThat(TraceCommand.shellQuoted("it's")).isEqualTo("'it'\\''s'");
    }

    @Test
    void carriesTheEditionAndAThresholdOtherThanTheDefault() {
        Period week = Period.week(LocalDate.of(2025, 4, 2), DayOfWeek.SATURDAY);
        assertThat(TraceCommand.of(DdorParameters.of(week)).forFigure("summary/issued"))
                .isEqualTo("ddor report rows ddor --week 2025-03-29 --figure summary/issued");
        assertThat(TraceCommand.of(new DdorParameters(week, 10, new Suppression(Edition.PUBLIC, 11), 365)).template())
                .isEqualTo("ddor report rows ddor --week 2025-03-29 --threshold 11 --figure KEY");
        assertThat(TraceCommand.of(new DdorParameters(week, 10, new Suppression(Edition.OFFICIAL, 5), 365)).template())
                .isEqualTo("ddor report rows ddor --week 2025-03-29 --edition official --figure KEY");
    }
}
