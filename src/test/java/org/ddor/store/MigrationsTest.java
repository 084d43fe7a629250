package org.ddor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

    @TempDir
    Path folder;

    @Test
    void aFreshStoreIsCreatedAtTheLatestVersionWithTheGazetteerLoaded() throws SQLException {
        try (Store store = Store.open(folder.resolve("fresh.duckdb"))) {
            assertThat(store.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(count(store, "select count(*) from jurisdiction where fips = '42091'")).isEqualTo(1);
            assertThat(count(store, "select count(*) from jurisdiction")).isGreaterThan(3200);
        }
    }

    @Test
    void anOlderStoreIsUpgradedOnOpenAndKeepsItsData() throws SQLException {
        Path path = folder.resolve("old.duckdb");
        try (Store old = Store.open(path, 1)) {
            assertThat(old.schemaVersion()).isEqualTo(1);
            execute(old, "insert into source_release values (1, 'r', 'FOIA_2015', 'abc', 'r.csv', current_timestamp, 1, 1, 0, false, null)");
            assertThat(tableExists(old, "published_report")).isFalse();
        }
        try (Store upgraded = Store.open(path)) {
            assertThat(upgraded.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(tableExists(upgraded, "published_report")).isTrue();
            assertThat(count(upgraded, "select count(*) from source_release where sha256 = 'abc'")).isEqualTo(1);
        }
    }

    @Test
    void aStoreMadeByANewerDdorIsRefusedWithAClearMessage() throws SQLException {
        Path path = folder.resolve("newer.duckdb");
        try (Store store = Store.open(path)) {
            execute(store, "insert into ddor_schema_version values (" + (Migrations.latestVersion() + 1)
                    + ", 'V999__future.sql', current_timestamp)");
        }
        assertThatThrownBy(() -> Store.open(path))
                .isInstanceOf(StoreException.class)
                .hasMessage("store " + path + " has schema version " + (Migrations.latestVersion() + 1)
                        + ", newer than this DDOR understands (" + Migrations.latestVersion() + "): use a newer DDOR to open it");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefused() throws Exception {
        Path path = folder.resolve("notes.duckdb");
        java.nio.file.Files.writeString(path, "this is not a database, just some text that is long enough to look like a file\n".repeat(200));
        assertThatThrownBy(() -> Store.open(path))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(path.toString());
    }

    private static long count(Store store, String sql) throws SQLException {
        try (var statement = store.connection().createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static boolean tableExists(Store store, String table) throws SQLException {
        return count(store, "select count(*) from information_schema.tables where table_name = '" + table + "'") > 0;
    }

    private static void execute(Store store, String sql) throws SQLException {
        try (var statement = store.connection().createStatement()) {
            statement.execute(sql);
        }
    }
}
