package org.ddor.report.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.ddor.report.Edition;
import org.ddor.report.Suppression;
import org.ddor.store.Migrations;
import org.ddor.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made before schema version 5 has detainers but no figures per unit and day. Opening it with
 * this DDOR must derive them (the migration runs the import's own refresh), or its rankings would
 * silently read as empty.
 */
class UnitDayUpgradeTest {

    private static final Suppression OFFICIAL = new Suppression(Edition.OFFICIAL, 5);

    @TempDir
    Path folder;

    @Test
    void aStoreFromBeforeVersion5GetsItsFiguresPerUnitAndDayWhenOpened() throws SQLException {
        List<String> before;
        try (Store store = RankingFixture.rows().importInto(folder)) {
            before = ranking(store.connection());
            assertThat(before).contains("42091 Montgomery County issued 40 declined 10");
            execute(store.connection(), "drop table unit_day");
            execute(store.connection(), "drop table facility_records");
            execute(store.connection(), "drop table unit_name");
            execute(store.connection(), "drop table unit_fiscal_year");
            execute(store.connection(), "delete from ddor_schema_version where version = 5");
        }
        try (Store upgraded = Store.open(folder.resolve("ddor.duckdb"))) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(ranking(upgraded.connection())).isEqualTo(before);
        }
    }

    private static List<String> ranking(Connection connection) throws SQLException {
        RankingReport report = new RankingReportBuilder(connection).build(new RankingParameters(RankingFixture.JANUARY,
                RankingUnit.JURISDICTION, RankingMeasure.ISSUED, 100, OFFICIAL, 1));
        return report.rows().stream()
                .map(row -> row.key() + " " + row.name() + " issued " + row.issued().value() + " declined " + row.declined().value())
                .toList();
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
