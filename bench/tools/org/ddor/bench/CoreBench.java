package org.ddor.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.lang.management.ManagementFactory;
import org.ddor.render.DdorRenderers;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Rate;
import org.ddor.report.Suppression;
import org.ddor.report.ranking.RankingMeasure;
import org.ddor.report.ranking.RankingParameters;
import org.ddor.report.ranking.RankingReport;
import org.ddor.report.ranking.RankingReportBuilder;
import org.ddor.report.ranking.RankingUnit;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;

/**
 * The speed targets of issues 3 and 4, each against a baseline measured in the same run:
 * <ul>
 * <li>{@code import FILE WORK} — DDOR's import of a csv vs DuckDB's own bulk loader into a plain table;</li>
 * <li>{@code xlsx FILE WORK} — DDOR's import of an xlsx, in cells per second;</li>
 * <li>{@code report STORE DAY SQLFILE} — the weekly DDOR model warm vs the same figures in hand-written SQL
 *     (checked equal), and the HTML and PDF renderings;</li>
 * <li>{@code ranking STORE SQLFILE} — the full-history top-50 ranking of jurisdictions by decline rate and
 *     by issued, warm, vs hand-written SQL (checked equal).</li>
 * </ul>
 * Medians of alternating runs, wall time and the process's CPU time (less sensitive to other load on
 * the machine); prints one line per figure. Exits with status 1 when the hand-written SQL's figures differ.
 */
public final class CoreBench {

    private CoreBench() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "import" -> importRatio(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args.length > 3 ? args[3] : "3"));
            case "xlsx" -> xlsxRate(Path.of(args[1]), Path.of(args[2]));
            case "phases" -> phases(Path.of(args[1]), Path.of(args[2]));
            case "report" -> report(Path.of(args[1]), LocalDate.parse(args[2]), Files.readString(Path.of(args[3])));
            case "ranking" -> ranking(Path.of(args[1]), Files.readString(Path.of(args[2])));
            default -> throw new IllegalArgumentException("modes: import, phases, xlsx, report, ranking");
        }
    }

    private static void importRatio(Path csv, Path work, int runs) throws Exception {
        List<Double> ddor = new ArrayList<>();
        List<Double> duck = new ArrayList<>();
        long rows = 0;
        for (int run = 0; run < runs; run++) {
            Path db = work.resolve("duck-" + run + ".duckdb");
            Files.deleteIfExists(db);
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
                 var statement = connection.createStatement()) {
                statement.execute("create table plain as select * from read_csv('" + csv + "', all_varchar = true)");
            }
            duck.add(seconds(start));
            Files.deleteIfExists(db);
            Path store = work.resolve("ddor-" + run + ".duckdb");
            Files.deleteIfExists(store);
            start = System.nanoTime();
            try (Store opened = Store.open(store)) {
                ImportResult result = new Importer(opened).importFile(csv, ImportOptions.defaults().withGenerated(true)
                        .withRejectsFile(work.resolve("rejects.csv")), ImportProgress.SILENT);
                rows = result.rowsImported();
            }
            ddor.add(seconds(start));
            Files.deleteIfExists(store);
        }
        double d = median(ddor);
        double b = median(duck);
        System.out.printf("import csv: %,d rows; DDOR %.2f s (%,.0f rows/s); DuckDB read_csv into a plain table %.2f s;"
                + " ratio %.2f (target <= 2)%n", rows, d, rows / d, b, d / b);
    }

    /** One import of FILE, printing the seconds each of the importer's phases took (where the time goes). */
    private static void phases(Path file, Path work) throws Exception {
        Path store = work.resolve("ddor-phases.duckdb");
        Files.deleteIfExists(store);
        long[] last = {System.nanoTime()};
        String[] current = {"opening"};
        ImportProgress timing = new ImportProgress() {
            @Override
            public void phase(String description) {
                System.out.printf("  %-40s %6.2f s%n", current[0], seconds(last[0]));
                last[0] = System.nanoTime();
                current[0] = description;
            }

            @Override
            public void rows(long rowsRead) {
            }
        };
        long start = System.nanoTime();
        try (Store opened = Store.open(store)) {
            new Importer(opened).importFile(file, ImportOptions.defaults().withGenerated(true)
                    .withRejectsFile(work.resolve("rejects.csv")), timing);
            timing.phase("closing");
        }
        timing.phase("");
        System.out.printf("phases of %s: %.2f s in all%n", file.getFileName(), seconds(start));
        Files.deleteIfExists(store);
    }

    private static void xlsxRate(Path xlsx, Path work) throws Exception {
        Path store = work.resolve("ddor-xlsx.duckdb");
        Files.deleteIfExists(store);
        long start = System.nanoTime();
        ImportResult result;
        try (Store opened = Store.open(store)) {
            result = new Importer(opened).importFile(xlsx, ImportOptions.defaults().withGenerated(true)
                    .withRejectsFile(work.resolve("rejects.csv")), ImportProgress.SILENT);
        }
        double s = seconds(start);
        long cells = result.rowsRead() * 61;
        System.out.printf("import xlsx: %,d rows x 61 columns in %.2f s = %,.0f cells/s (target >= 2,000,000); heap max %d MB%n",
                result.rowsRead(), s, cells / s, Runtime.getRuntime().maxMemory() >> 20);
        Files.deleteIfExists(store);
    }

    private static void report(Path storePath, LocalDate day, String handSql) throws Exception {
        DdorParameters parameters = new DdorParameters(Period.week(day, DayOfWeek.SATURDAY), DdorParameters.DEFAULT_TOP,
                new Suppression(Edition.OFFICIAL, Suppression.DEFAULT_THRESHOLD), DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
        try (Store store = Store.open(storePath)) {
            Connection connection = store.connection();
            DdorReport[] report = new DdorReport[1];
            List<String> handFigures = new ArrayList<>();
            Timed timed = alternate(15, 5, () -> report[0] = new DdorReportBuilder(connection).build(parameters),
                    () -> handFigures.clear(), () -> {
                        try (PreparedStatement statement = connection.prepareStatement(handSql)) {
                            statement.setObject(1, parameters.period().from());
                            statement.setObject(2, parameters.period().to());
                            try (var rows = statement.executeQuery()) {
                                while (rows.next()) {
                                    handFigures.add(ReportFigures.handRow(rows));
                                }
                            }
                        }
                    });
            List<String> modelFigures = ReportFigures.of(report[0]);
            boolean same = ReportFigures.canonical(handFigures).equals(modelFigures);
            System.out.printf("weekly DDOR model (all sections), %s: %.0f ms warm (cpu %.0f ms); hand-written SQL for the"
                    + " same figures %.0f ms (cpu %.0f ms); ratio %.2f, cpu ratio %.2f (targets: <= 250 ms, ratio <= 1.5);"
                    + " %d figures and rows, %s%n", parameters.period(), timed.model(), timed.modelCpu(), timed.hand(),
                    timed.handCpu(), timed.model() / timed.hand(), timed.modelCpu() / timed.handCpu(), modelFigures.size(),
                    same ? "equal" : "DIFFERENT");
            if (!same) {
                ReportFigures.printDifference(modelFigures, ReportFigures.canonical(handFigures));
            }
            System.out.printf("  html %.1f ms, pdf %.0f ms (warm medians; targets 100 ms, 2,000 ms)%n",
                    render(report[0], "html") * 1000, render(report[0], "pdf") * 1000);
            if (!same) {
                System.exit(1);
            }
        }
    }

    private static void ranking(Path storePath, String handSql) throws Exception {
        boolean allSame = true;
        try (Store store = Store.open(storePath)) {
            Connection connection = store.connection();
            for (RankingMeasure measure : List.of(RankingMeasure.DECLINE_RATE, RankingMeasure.ISSUED)) {
                RankingParameters parameters = new RankingParameters(null, RankingUnit.JURISDICTION, measure, 50,
                        new Suppression(Edition.OFFICIAL, Suppression.DEFAULT_THRESHOLD), Rate.DEFAULT_MINIMUM_DENOMINATOR);
                RankingReport[] report = new RankingReport[1];
                List<String> hand = new ArrayList<>();
                Timed timed = alternate(11, 3, () -> report[0] = new RankingReportBuilder(connection).build(parameters),
                        hand::clear, () -> {
                            try (PreparedStatement statement = connection.prepareStatement(handSql)) {
                                statement.setObject(1, measure.optionName());
                                statement.setObject(2, parameters.minimumDenominator());
                                statement.setObject(3, parameters.top());
                                try (var rows = statement.executeQuery()) {
                                    while (rows.next()) {
                                        hand.add(String.join(" ", rows.getString(1), rows.getString(2), rows.getString(4),
                                                rows.getString(5), rows.getString(6), rows.getString(7)));
                                    }
                                }
                            }
                        });
                List<String> model = report[0].rows().stream().map(row -> String.join(" ", String.valueOf(row.rank()),
                        row.key(), String.valueOf(row.issued().value()), String.valueOf(row.declined().value()),
                        String.valueOf(row.declinedOfIssued().value()), String.valueOf(row.booked().value()))).toList();
                boolean same = model.equals(hand);
                allSame &= same;
                System.out.printf("full-history top-50 ranking of jurisdictions by %s: %.0f ms warm (cpu %.0f ms);"
                        + " hand-written SQL %.0f ms (cpu %.0f ms); ratio %.2f, cpu ratio %.2f (targets: <= 1 s,"
                        + " ratio <= 1.5); %d rows, %s%n", measure.optionName(), timed.model(), timed.modelCpu(),
                        timed.hand(), timed.handCpu(), timed.model() / timed.hand(), timed.modelCpu() / timed.handCpu(),
                        model.size(), same ? "equal" : "DIFFERENT");
                if (!same) {
                    ReportFigures.printDifference(model, hand);
                }
            }
        }
        if (!allSame) {
            System.exit(1);
        }
    }

    /** Work that may throw. */
    private interface Step {
        void run() throws Exception;
    }

    /** Medians in ms: wall time and process CPU time of the model and of the hand-written SQL. */
    private record Timed(double model, double modelCpu, double hand, double handCpu) {
    }

    /** Runs model and hand SQL alternately {@code runs} times; the first {@code warmup} runs are not counted. */
    private static Timed alternate(int runs, int warmup, Step model, Step beforeHand, Step hand) throws Exception {
        List<Double> modelWall = new ArrayList<>();
        List<Double> modelCpu = new ArrayList<>();
        List<Double> handWall = new ArrayList<>();
        List<Double> handCpu = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            long cpu = processCpu();
            model.run();
            if (run >= warmup) {
                modelWall.add(seconds(start) * 1000);
                modelCpu.add((processCpu() - cpu) / 1e6);
            }
            beforeHand.run();
            start = System.nanoTime();
            cpu = processCpu();
            hand.run();
            if (run >= warmup) {
                handWall.add(seconds(start) * 1000);
                handCpu.add((processCpu() - cpu) / 1e6);
            }
        }
        return new Timed(median(modelWall), median(modelCpu), median(handWall), median(handCpu));
    }

    /** CPU time of the whole process (every DuckDB thread) in ns. */
    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double render(DdorReport report, String format) throws Exception {
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < 10; run++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            DdorRenderers.forFormat(format).render(report, out);
            if (run >= 3) {
                times.add(seconds(start));
            }
        }
        return median(times);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
