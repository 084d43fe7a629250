package org.ddor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalYearCutTest {

    /** first, last → whole years, days before, days after ("-" for none). FY2025 is 2024-10-01 to 2025-09-30. */
    @ParameterizedTest
    @CsvSource({
            "2025-07-01, 2025-07-07, -,         2025-07-01..2025-07-07, -",
            "2024-10-01, 2025-09-30, 2025..2025, -,                      -",
            "2024-09-15, 2026-10-15, 2025..2026, 2024-09-15..2024-09-30, 2026-10-01..2026-10-15",
            "2024-10-01, 2026-01-10, 2025..2025, -,                      2025-10-01..2026-01-10",
            "2024-12-20, 2026-09-30, 2026..2026, 2024-12-20..2025-09-30, -",
            "2024-10-02, 2025-09-30, -,         2024-10-02..2025-09-30, -",
            "1900-01-01, 9999-12-31, 1901..9999, 1900-01-01..1900-09-30, 9999-10-01..9999-12-31"})
    void cutsASpanIntoWholeFiscalYearsAndTheDaysAroundThem(String first, String last, String years, String before,
                                                          String after) {
        FiscalYearCut cut = FiscalYearCut.of(LocalDate.parse(first), LocalDate.parse(last));
        assertThat(cut.wholeYears() ? cut.firstYear() + ".." + cut.lastYear() : "-").isEqualTo(years);
        assertThat(range(cut.headFrom(), cut.headTo())).isEqualTo(before);
        assertThat(range(cut.tailFrom(), cut.tailTo())).isEqualTo(after);
    }

    private static String range(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? "-" : from + ".." + to;
    }
}
