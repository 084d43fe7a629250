package org.ddor.cli;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.ddor.store.Store;
import org.ddor.store.export.CanonicalExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ddor export}: the store's detainers as a DDOR canonical CSV, for another store or for archiving. */
@Command(name = "export", description = {
        "Write the store's detainers as a DDOR canonical CSV: outcomes, custody events,",
        "facilities (operator, jurisdiction, resolution, evidence) and provenance.",
        "'ddor import' reads it back; importing it into an empty store and exporting",
        "again gives the same file. Format: docs/formats-canonical.md."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--release", paramLabel = "ID", description = "Only the detainers of this release (default: all).")
    Long release;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The CSV file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() throws SQLException {
        try (Store opened = store.open(); Progress progress = Progress.start("exporting", 0)) {
            CanonicalExporter exporter = new CanonicalExporter(opened.connection());
            CanonicalExporter.Summary summary = exporter.export(release, out, progress::update);
            progress.done();
            System.out.printf("exported %,d detainers and %,d custody events to %s%s%n", summary.detainers(),
                    summary.custodyEvents(), out, summary.generated() ? " (marked as generated sample data)" : "");
        }
        return 0;
    }
}
