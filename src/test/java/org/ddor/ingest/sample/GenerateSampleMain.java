package org.ddor.ingest.sample;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Hand-run timing of the generator (not a unit test): {@code java -Xmx256m -cp ... GenerateSampleMain
 * ROWS LAYOUT FORMAT OUT [DIRTY] [SEED]}. Prints the wall time and the summary.
 */
public final class GenerateSampleMain {

    private GenerateSampleMain() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        GeneratorOptions options = new GeneratorOptions(rows, args.length > 5 ? Long.parseLong(args[5]) : 42,
                GeneratorOptions.Layout.ofCliName(args[1]), GeneratorOptions.Format.ofCliName(args[2]),
                args.length > 4 ? Double.parseDouble(args[4]) : 0, (LocalDate) null);
        long start = System.nanoTime();
        SampleGenerator generator = new SampleGenerator();
        long built = System.nanoTime();
        GeneratorSummary summary = generator.generate(options, Path.of(args[3]), written -> { });
        long end = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("universe %.2f s, rows %.2f s, total %.2f s; heap used %d MB of max %d MB%n",
                (built - start) / 1e9, (end - built) / 1e9, (end - start) / 1e9,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        System.out.println(summary);
    }
}
