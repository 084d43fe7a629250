package org.ddor.report.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Bucket edges: weeks from Saturday (or a chosen day), calendar months, fiscal years October to September. */
class BucketingTest {

    @ParameterizedTest(name = "{0} {1} (weeks from {2}) starts {3}, labelled {4}")
    @CsvSource({
            "WEEK, 2025-10-03, SATURDAY, 2025-09-27, 2025-09-27",   // a Friday: the week's last day
            "WEEK, 2025-10-04, SATURDAY, 2025-10-04, 2025-10-04",   // a Saturday: the next week's first
            "WEEK, 2025-10-05, MONDAY, 2025-09-29, 2025-09-29",
            "WEEK, 2025-10-06, MONDAY, 2025-10-06, 2025-10-06",
            "MONTH, 2026-02-28, SATURDAY, 2026-02-01, 2026-02",
            "MONTH, 2026-03-01, SATURDAY, 2026-03-01, 2026-03",
            "FISCAL_YEAR, 2025-09-30, SATURDAY, 2024-10-01, FY2025",
            "FISCAL_YEAR, 2025-10-01, SATURDAY, 2025-10-01, FY2026",
            "FISCAL_YEAR, 2026-01-15, SATURDAY, 2025-10-01, FY2026",
            "FISCAL_YEAR, 2026-12-31, SATURDAY, 2026-10-01, FY2027",
    })
    void cutsAtTheDocumentedEdges(Bucketing bucketing, LocalDate day, DayOfWeek weekStart, LocalDate start,
                                  String label) {
        assertThat(bucketing.start(day, weekStart)).isEqualTo(start);
        assertThat(bucketing.label(start)).isEqualTo(label);
    }

    @Test
    void followsEachBucketWithTheNext() {
        assertThat(Bucketing.WEEK.next(LocalDate.parse("2025-09-27"))).isEqualTo("2025-10-04");
        assertThat(Bucketing.MONTH.next(LocalDate.parse("2026-01-01"))).isEqualTo("2026-02-01");
        assertThat(Bucketing.FISCAL_YEAR.next(LocalDate.parse("2025-10-01"))).isEqualTo("2026-10-01");
    }

    @Test
    void parsesTheCommandLineNames() {
        assertThat(Bucketing.parse("fiscal-year")).isEqualTo(Bucketing.FISCAL_YEAR);
        assertThat(Bucketing.parse("FY")).isEqualTo(Bucketing.FISCAL_YEAR);
        assertThat(Bucketing.parse("Week")).isEqualTo(Bucketing.WEEK);
        assertThatThrownBy(() -> Bucketing.parse("quarter"))
                .hasMessage("--by 'quarter' is not a bucket; expected one of week, month, fiscal-year");
    }
}
