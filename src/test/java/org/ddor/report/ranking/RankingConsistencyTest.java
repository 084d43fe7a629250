package org.ddor.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ddor.report.EroLesaFixture.BOOKED;
import static org.ddor.report.EroLesaFixture.CHESTER;
import static org.ddor.report.EroLesaFixture.DECLINED;
import static org.ddor.report.EroLesaFixture.MONTGOMERY;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.ReportContext;
import org.ddor.report.Suppression;
import org.ddor.report.ranking.RankingReport.RankedUnit;
import org.ddor.store.DerivedTables;
import org.ddor.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * units.sql reads the detainer table directly for speed, with the rules of attribution.sql; this
 * test holds it to the ddor_attributed view for every unit, on a store with a duplicate, a
 * misdirected detainer and a transfer (a decline at Chester's jail of a detainer sent to Montgomery's).
 */
class RankingConsistencyTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    static Path folder;

    private static Store store;

    @BeforeAll
    static void importFixture() throws SQLException {
        store = RankingFixture.rows()
                .addDuplicate("2026-01-12", MONTGOMERY, DECLINED, "montgomery-declined-1")
                .add("2026-01-05", MONTGOMERY, DECLINED, "transferred")
                .add("2026-01-06", MONTGOMERY, BOOKED, "misdirected")
                .add("2026-01-07", CHESTER, DECLINED, "chester-transfer-target")
                .importInto(folder);
        try (var statement = store.connection().createStatement()) {
            statement.execute("update detainer set misdirected = true where subject_key = 'misdirected'");
            statement.execute("insert into custody_event select d.id, 'TRANSFERRED', date '2026-01-06', c.facility_id, 'test'"
                    + " from detainer d, (select facility_id from detainer where subject_key = 'chester-transfer-target') c"
                    + " where d.subject_key = 'transferred'");
        }
        // The store's figures per unit and day are derived at import; these edits came after it.
        DerivedTables.refresh(store.connection());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(RankingUnit.class)
    void agreesWithTheAttributionViewForEveryUnit(RankingUnit unit) throws SQLException {
        // Periods within a fiscal year sum days; those that hold whole fiscal years sum years and the days around them.
        for (Period period : List.of(RankingFixture.JANUARY, range("2025-12-01", "2025-12-31"), Period.fiscalYear(2026),
                range("2025-09-15", "2026-10-15"), range("2024-10-01", "2026-01-10"), range("2025-12-20", "2027-09-30"),
                range("1900-01-01", "9999-12-31"))) {
            RankingReport report = new RankingReportBuilder(store.connection()).build(new RankingParameters(period, unit,
                    RankingMeasure.ISSUED, 10_000, OFFICIAL, 1));
            Map<String, List<Long>> ranked = new HashMap<>();
            for (RankedUnit row : report.rows()) {
                ranked.put(row.key(), figures(row));
            }
            ranked.keySet().removeIf(key -> ranked.get(key).get(0) == 0);
            assertThat(ranked).as(period.toString()).isEqualTo(fromView(unit, period));
        }
    }

    private static Period range(String from, String to) {
        return Period.range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void theFixtureHasWhatTheTestNeeds() throws SQLException {
        ReportContext.prepare(store.connection());
        try (var statement = store.connection().createStatement();
             var rows = statement.executeQuery("select count(*) filter (where exclusion_code = 'duplicate'),"
                     + " count(*) filter (where exclusion_code = 'misdirected'), count(*) filter (where transferred)"
                     + " from ddor_attributed")) {
            rows.next();
            assertThat(List.of(rows.getLong(1), rows.getLong(2), rows.getLong(3))).containsExactly(1L, 1L, 1L);
        }
    }

    private static List<Long> figures(RankedUnit row) {
        return List.of(row.issued().value(), row.declined().value(), row.declinedOfIssued().value(), row.booked().value());
    }

    /** The same figures, computed the slow and obvious way from the ddor_attributed view. */
    private static Map<String, List<Long>> fromView(RankingUnit unit, Period period) throws SQLException {
        ReportContext.prepare(store.connection());
        String[] keys = switch (unit) {
            case FACILITY -> new String[] {"a.receiving_facility_id::varchar", "a.custodian_facility_id::varchar"};
            case JURISDICTION -> new String[] {"a.issued_jurisdiction_fips", "a.jurisdiction_fips"};
            case STATE -> new String[] {"ji.state", "jc.state"};
            case AOR -> new String[] {"ji.aor", "jc.aor"};
        };
        String sql = "with keyed as (select " + keys[0] + " as issued_unit, " + keys[1] + " as custodian_unit, a.*"
                + " from ddor_attributed a"
                + " left join jurisdiction ji on ji.fips = a.issued_jurisdiction_fips"
                + " left join jurisdiction jc on jc.fips = a.jurisdiction_fips"
                + " where coalesce(a.exclusion_code, '') not in ('duplicate', 'misdirected'))"
                + " select unit, sum(i), sum(d), sum(di), sum(b) from ("
                + "  select issued_unit as unit, (issued between $1 and $2)::int as i, 0 as d,"
                + "   (issued between $1 and $2 and outcome = 'DECLINED_BY_LEA' and issued_unit = custodian_unit)::int as di,"
                + "   (issued between $1 and $2 and outcome = 'BOOKED_INTO_ICE_CUSTODY')::int as b from keyed"
                + "  union all"
                + "  select custodian_unit, 0, (placed_declined between $1 and $2)::int, 0, 0 from keyed)"
                + " where unit is not null group by unit having sum(i) > 0";
        Map<String, List<Long>> figures = new HashMap<>();
        try (var statement = store.connection().prepareStatement(sql)) {
            statement.setObject(1, period.from());
            statement.setObject(2, period.to());
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getString(1), List.of(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
        }
        return figures;
    }

    @Test
    void countsATransferredDetainerAsIssuedToTheReceiverAndDeclinedByTheCustodian() throws SQLException {
        RankingReport report = new RankingReportBuilder(store.connection()).build(new RankingParameters(
                RankingFixture.JANUARY, RankingUnit.JURISDICTION, RankingMeasure.ISSUED, 100, OFFICIAL, 1));
        RankedUnit montgomery = report.rows().stream().filter(row -> row.key().equals("42091")).findFirst().orElseThrow();
        RankedUnit chester = report.rows().stream().filter(row -> row.key().equals("42029")).findFirst().orElseThrow();

        // Montgomery: 40 of the fixture + the transferred one; its 10 declines, not the transferred one's
        assertThat(figures(montgomery)).containsExactly(41L, 10L, 10L, 20L);
        // Chester: 10 + the transfer target's own detainer; 5 + 1 own declines, + 1 made after the transfer
        assertThat(figures(chester)).containsExactly(11L, 7L, 6L, 0L);
    }
}
