package org.ddor.bench.jmh;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.concurrent.TimeUnit;
import org.ddor.ingest.sample.GeneratorOptions;
import org.ddor.ingest.sample.GeneratorSummary;
import org.ddor.report.Edition;
import org.ddor.report.Period;
import org.ddor.report.Suppression;
import org.ddor.report.ddor.DdorParameters;
import org.ddor.report.ddor.DdorReport;
import org.ddor.report.ddor.DdorReportBuilder;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportProgress;
import org.ddor.store.imports.Importer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Report aggregation: {@link DdorReportBuilder#build} of the weekly Declined Detainer Outcome Report (official
 * edition, a week three weeks before the data's end) on a store holding the sample policy table and a
 * generated ero-lesa release, warm (the store open, the JVM warmed up). One operation = one report model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportAggregationBenchmark {

    @Param({"100000"})
    public long rows;

    private Path folder;
    private Store store;
    private DdorParameters parameters;

    @Setup
    public void setUp() throws Exception {
        folder = SampleFiles.folder();
        GeneratorSummary data = SampleFiles.eroLesa(folder, rows, GeneratorOptions.Format.CSV);
        store = Store.open(folder.resolve("bench.duckdb"));
        Importer importer = new Importer(store);
        ImportOptions options = ImportOptions.defaults().withGenerated(true);
        importer.importFile(SampleFiles.policies(folder), options, ImportProgress.SILENT);
        importer.importFile(data.file(), options, ImportProgress.SILENT);
        parameters = new DdorParameters(Period.week(data.lastDay().minusDays(21), DayOfWeek.SATURDAY),
                DdorParameters.DEFAULT_TOP, new Suppression(Edition.OFFICIAL, Suppression.DEFAULT_THRESHOLD),
                DdorParameters.DEFAULT_OLD_DETAINER_DAYS);
    }

    @TearDown
    public void tearDown() throws Exception {
        store.close();
        SampleFiles.delete(folder);
    }

    @Benchmark
    public DdorReport build() throws Exception {
        return new DdorReportBuilder(store.connection()).build(parameters);
    }
}
