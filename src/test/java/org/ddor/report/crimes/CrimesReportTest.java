package org.ddor.report.crimes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.MONTGOMERY;

import java.nio.file.Path;
import java.sql.SQLException;
import org.ddor.report.Edition;
import org.ddor.report.EroLesaFixture;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.crimes.CrimesReport.CategoryRow;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charge categories, January 2026 (declined / all issued): Traffic offenses 9 / 10, Dangerous drugs
 * 6 / 26, Assault 2 / 12, no conviction charge (pending criminal charges) 7 / 37.
 */
class CrimesReportTest {

    private static final Period JANUARY = Period.range(java.time.LocalDate.parse("2026-01-01"),
            java.time.LocalDate.parse("2026-01-31"));

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() {
        EroLesaFixture rows = new EroLesaFixture();
        add(rows, 9, DECLINED, "Traffic Offense", "5404");
        add(rows, 1, BOOKED, "Traffic Offense", "5404");
        add(rows, 6, DECLINED, "Dangerous Drugs", "3599");
        add(rows, 20, BOOKED, "Dangerous Drugs", "3599");
        add(rows, 2, DECLINED, "Assault", "1399");
        add(rows, 10, BOOKED, "Assault", "1399");
        add(rows, 7, DECLINED, null, null);
        add(rows, 30, BOOKED, null, null);
        store = rows.importInto(folder);
    }

    private static void add(EroLesaFixture rows, int count, String liftReason, String charge, String code) {
        for (int i = 0; i < count; i++) {
            rows.add("2026-01-14", MONTGOMERY, liftReason, liftReason + charge + code + i, charge, code);
        }
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void countsCategoriesOfDeclinesBesideThoseOfAllDetainers() throws SQLException {
        CrimesReport report = build(new CrimesParameters(JANUARY, null, new Suppression(Edition.OFFICIAL, 5)));

        assertThat(report.categories()).extracting(CategoryRow::category).containsExactly("Traffic offenses",
                "Dangerous drugs", "Assault", "(no conviction charge: pending criminal charges)");
        assertThat(report.categories()).extracting(row -> row.declined().value()).containsExactly(9L, 6L, 2L, 7L);
        assertThat(report.categories()).extracting(row -> row.issued().value()).containsExactly(10L, 26L, 12L, 37L);
        assertThat(report.declined().value()).isEqualTo(24);
        assertThat(report.issued().value()).isEqualTo(85);
        assertThat(report.categories().get(0).declinedShare()).isCloseTo(0.375, within(1e-12));
        assertThat(report.categories().get(1).issuedShare()).isCloseTo(26.0 / 85, within(1e-12));
        assertThat(report.categories().get(3).categorised()).isFalse();
        assertThat(report.categories().get(1).declined().trace()).isEqualTo("crimes/national/dangerous-drugs/declined");
    }

    @Test
    void hidesASecondCountSoTheSuppressedOneCannotBeWorkedOutFromTheTotal() throws SQLException {
        CrimesReport report = build(CrimesParameters.of(JANUARY));

        // Assault's 2 declines are suppressed; Dangerous drugs' 6, the smallest other, is hidden with them,
        // and the two are listed by name, so the order does not tell them apart either.
        assertThat(report.categories()).extracting(CategoryRow::category).containsExactly("Traffic offenses",
                "Assault", "Dangerous drugs", "(no conviction charge: pending criminal charges)");
        assertThat(report.categories()).extracting(row -> row.declined().display())
                .containsExactly("9", "<5", "≥5", "7");
        assertThat(report.categories()).extracting(CategoryRow::declinedShare)
                .containsExactly(0.375, null, null, 7.0 / 24);
        assertThat(report.declined().display()).isEqualTo("24");
    }

    @Test
    void selectsOneJurisdictionsRecords() throws SQLException {
        CrimesReport bucks = build(new CrimesParameters(JANUARY, "42017", new Suppression(Edition.OFFICIAL, 5)));

        assertThat(bucks.categories()).isEmpty();
        assertThat(bucks.header().jurisdictionName()).isEqualTo("Bucks County, PA");
        assertThat(bucks.notes()).contains("No declines were placed in the period.");
    }

    private static CrimesReport build(CrimesParameters parameters) throws SQLException {
        return new CrimesReportBuilder(store.connection()).build(parameters);
    }
}
