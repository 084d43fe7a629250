package org.ddor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.SampleGenerator;
import org.ddor.store.Store;
import org.ddor.web.App;
import org.ddor.web.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ddor import} while a server owns the store: the command finds the server file beside the store,
 * uploads the file to the server and prints the same summary as a local import; a stale server file is
 * ignored. The server runs in this JVM (App on port 0), as {@code ddor serve} would run it.
 */
class ImportHandOffTest {

    private static final String TOKEN = "hand-off-token";

    @TempDir
    static Path folder;
    private static Path db;
    private static App server;

    @BeforeAll
    static void startServer() {
        db = folder.resolve("served.duckdb");
        server = App.create(new Config("127.0.0.1", 0, db, TOKEN)).start();
        ServerFile.write(db, "http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    static void stopServer() {
        ServerFile.delete(db);
        server.close();
    }

    private static Path sample(String name, long rows, long seed, LocalDate firstDay) throws IOException {
        Path file = folder.resolve(name);
        new SampleGenerator().generate(new GeneratorOptions(rows, seed, GeneratorOptions.Layout.ERO_LESA,
                GeneratorOptions.Format.CSV, 0.01, firstDay), file, done -> { });
        return file;
    }

    private static long releaseRows(Store store, String name) throws Exception {
        try (Connection connection = store.duplicateConnection();
             var select = connection.prepareStatement("select count(*) from detainer d join source_release r"
                     + " on r.id = d.release_id where r.name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void theImportIsHandedToTheRunningServer() throws Exception {
        Path csv = sample("handed.csv", 1_500, 21, LocalDate.of(2025, 10, 1));
        CommandLineRun run = CommandLineRun.of("import", csv.toString(), "--db", db.toString(), "--admin-token", TOKEN,
                "--generated", "--name", "handed over");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("handing the file to the server at http://127.0.0.1:" + server.port()
                + "/ (it owns the store)").contains("imported release").contains("'handed over'");
        long imported = releaseRows(server.store(), "handed over");
        assertThat(imported).isPositive();
        assertThat(run.out()).containsPattern("imported\\s+" + String.format("%,d", imported) + "\\n");
        assertThat(run.out()).containsPattern("rows read\\s+1,500\\n");
        if (run.out().contains("reasons in ")) {
            String rejects = run.out().replaceAll("(?s).*reasons in ([^)]+)\\).*", "$1");
            assertThat(Path.of(rejects)).isRegularFile().startsWith(db.toAbsolutePath().getParent());
        }
        Path rejectsCopy = folder.resolve("my-rejects.csv");
        Path second = sample("handed-2.csv", 800, 23, LocalDate.of(2025, 12, 1));
        CommandLineRun withRejects = CommandLineRun.of("import", second.toString(), "--db", db.toString(),
                "--admin-token", TOKEN, "--rejects", rejectsCopy.toString());
        assertThat(withRejects.exitCode()).as(withRejects.err()).isZero();
        assertThat(withRejects.out()).contains("(reasons in " + rejectsCopy + ")");
        assertThat(Files.readAllLines(rejectsCopy)).hasSizeGreaterThan(1);
        CommandLineRun again = CommandLineRun.of("import", csv.toString(), "--db", db.toString(), "--admin-token", TOKEN);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("already imported as release");
    }

    @Test
    void aFailedServerImportExitsNonZeroWithTheReason() throws Exception {
        Path bad = folder.resolve("colours.csv");
        Files.writeString(bad, "name,colour\nfox,red\n", StandardCharsets.UTF_8);
        CommandLineRun run = CommandLineRun.of("import", bad.toString(), "--db", db.toString(), "--admin-token", TOKEN);
        assertThat(run.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(run.err()).startsWith("ddor: the server could not import colours.csv: colours.csv").hasLineCount(1);
        CommandLineRun wrong = CommandLineRun.of("import", bad.toString(), "--db", db.toString(), "--admin-token", "guess");
        assertThat(wrong.exitCode()).isEqualTo(ErrorHandler.USER_ERROR);
        assertThat(wrong.err()).contains("refused the import (HTTP 401): the admin token is wrong");
    }

    @Test
    void aStaleServerFileIsIgnoredAndTheImportRunsHere() throws Exception {
        Path other = folder.resolve("alone.duckdb");
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        ServerFile.write(other, "http://127.0.0.1:" + deadPort + "/");
        Path csv = sample("alone.csv", 500, 22, LocalDate.of(2025, 10, 1));
        CommandLineRun run = CommandLineRun.of("import", csv.toString(), "--db", other.toString(), "--generated");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("the server file " + ServerFile.of(other)).contains("does not answer: importing here");
        assertThat(run.out()).contains("imported release").doesNotContain("handing the file");
        try (Store store = Store.open(other)) {
            assertThat(releaseRows(store, "alone.csv")).isPositive();
        }
    }

    @Test
    void uploadSizesAreReadWithUnits() {
        assertThat(ServeCommand.size("2GB")).isEqualTo(2L << 30);
        assertThat(ServeCommand.size("500 mb")).isEqualTo(500L << 20);
        assertThat(ServeCommand.size("4096")).isEqualTo(4096);
        assertThatThrownBy(() -> ServeCommand.size("lots")).hasMessageContaining("--max-upload must be a size");
        assertThatThrownBy(() -> ServeCommand.size("0MB")).hasMessageContaining("--max-upload must be a size");
    }
}
