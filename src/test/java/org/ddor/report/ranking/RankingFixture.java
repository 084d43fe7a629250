package org.ddor.report.ranking;

import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.NONE;

import java.time.LocalDate;
import org.ddor.report.EroLesaFixture;
import org.ddor.report.Period;

/**
 * The ranking fixture, January 2026 (figures in brackets: issued / declined / booked):
 * Bucks County PA (40 / 4 / 36), Montgomery County PA (40 / 10 / 20), Montgomery County TX
 * (35 / 0 / 35), Chester County PA (10 / 5 / 0), SCI Chester, run by Pennsylvania (3 / 0 / 0),
 * FCI Loretto, federal (6 / 2 / 0); and 5 declines at Montgomery County PA in December 2025.
 */
final class RankingFixture {

    static final Period JANUARY = Period.range(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31"));

    private RankingFixture() {
    }

    static EroLesaFixture rows() {
        EroLesaFixture rows = new EroLesaFixture();
        rows.addMany(4, "2026-01-10", EroLesaFixture.BUCKS, DECLINED, "bucks-declined");
        rows.addMany(36, "2026-01-10", EroLesaFixture.BUCKS, BOOKED, "bucks-booked");
        rows.addMany(10, "2026-01-12", EroLesaFixture.MONTGOMERY, DECLINED, "montgomery-declined");
        rows.addMany(20, "2026-01-12", EroLesaFixture.MONTGOMERY, BOOKED, "montgomery-booked");
        rows.addMany(10, "2026-01-12", EroLesaFixture.MONTGOMERY, NONE, "montgomery-open");
        rows.addMany(35, "2026-01-20", EroLesaFixture.MONTGOMERY_TX, BOOKED, "texas-booked");
        rows.addMany(5, "2026-01-15", EroLesaFixture.CHESTER, DECLINED, "chester-declined");
        rows.addMany(5, "2026-01-15", EroLesaFixture.CHESTER, NONE, "chester-open");
        rows.addMany(3, "2026-01-16", EroLesaFixture.SCI_CHESTER, NONE, "sci");
        rows.addMany(2, "2026-01-17", EroLesaFixture.FCI_LORETTO, DECLINED, "federal-declined");
        rows.addMany(4, "2026-01-17", EroLesaFixture.FCI_LORETTO, NONE, "federal-open");
        rows.addMany(5, "2025-12-20", EroLesaFixture.MONTGOMERY, DECLINED, "december-declined");
        return rows;
    }
}
