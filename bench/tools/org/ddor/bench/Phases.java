package org.ddor.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.ddor.ingest.InputLimits;
import org.ddor.ingest.reference.Gazetteer;
import org.ddor.render.DdorRenderers;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;

/** Wall time of each phase of a cold DDOR import and report, in one process (bench/run --phases). */
final class Phases {

    private static long last = System.nanoTime();

    private Phases() {
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s%n", what, (now - last) / 1e9);
        last = now;
    }

    static void run(Path storePath, Path file, LocalDate weekDay) throws Exception {
        if (file == null) {
            jvm();
            try (java.sql.Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:")) {
                lap("DuckDB driver and native library load");
            }
            report(storePath, weekDay, "store open (cold: gazetteer, reference data check)");
            return;
        }
        jvm();
        Gazetteer gazetteer = Gazetteer.load();
        lap("gazetteer load");
        String[] phase = {"probe, checksum"};
        try (Store store = Store.open(storePath)) {
            lap("store open (migrations, reference data)");
            ImportProgress progress = new ImportProgress() {
                @Override
                public void phase(String description) {
                    lap(phase[0]);
                    phase[0] = description.length() > 40 ? description.substring(0, 40) : description;
                }

                @Override
                public void rows(long rowsRead) {
                }
            };
            ImportResult result = new Importer(store, gazetteer, InputLimits.DEFAULT)
                    .importFile(file, ImportOptions.defaults().withGenerated(true), progress);
            lap(phase[0] + " (to commit)");
            System.out.printf(Locale.ROOT, "  (%d rows imported, %d rejected)%n", result.rowsImported(), result.rowsRejected());
        }
        lap("store close (checkpoint)");
        report(storePath, weekDay, "store open for the report");
    }

    private static void jvm() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "  %-52s %8.2f s%n", "JVM start to main",
                (System.currentTimeMillis() - jvmStart) / 1e3);
        last = System.nanoTime();
    }

    private static void report(Path storePath, LocalDate weekDay, String openLabel) throws Exception {
        try (Store store = Store.open(storePath)) {
            lap(openLabel);
            DdorParameters parameters = new DdorParameters(Period.week(weekDay, DayOfWeek.SATURDAY),
                    DdorParameters.DEFAULT_TOP, new Suppression(Edition.OFFICIAL, Suppression.DEFAULT_THRESHOLD),
                    DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
            DdorReport report = new DdorReportBuilder(store.connection()).build(parameters);
            lap("report build (DdorReportBuilder.build)");
            DdorRenderers.forFormat("json").render(report, OutputStream.nullOutputStream());
            lap("report render (json)");
            new DdorReportBuilder(store.connection()).build(parameters);
            lap("report build again, same process (warm)");
        }
        lap("store close");
    }
}
