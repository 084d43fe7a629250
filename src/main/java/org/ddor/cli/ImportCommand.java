package org.ddor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ddor.domain.SourceKind;
import org.ddor.store.Store;
import org.ddor.store.imports.ImportOptions;
import org.ddor.store.imports.ImportResult;
import org.ddor.store.imports.Importer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ddor import FILE}: loads a release into the store, atomically and idempotently. */
@Command(name = "import", description = {
        "Load a detainer release (foia-2015 or ero-lesa; csv or xlsx), a policy table, or DDOR's own",
        "canonical CSV (written by 'ddor export') into the store.",
        "One transaction: a failed or interrupted import leaves the store as it was. The same file",
        "twice changes nothing. Rejected rows go to a CSV with file, sheet, row, column and reason.",
        "Layouts and rules: docs/formats.md, docs/resolution.md, docs/policies.md."})
final class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The csv or xlsx file to import.")
    Path file;

    @Mixin
    StoreOption store;

    @Option(names = "--layout", defaultValue = "auto",
            description = "auto, foia-2015, ero-lesa, policy or canonical (default: ${DEFAULT-VALUE}: detect from the header).")
    String layout;

    @Option(names = "--name", description = "The release's name (default: the file name).")
    String name;

    @Option(names = "--max-reject-share", defaultValue = "0.05",
            description = "Refuse the whole import above this share of rejected rows (default: ${DEFAULT-VALUE}).")
    double maxRejectShare;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where to write rejected rows (default: beside the store, in rejects/).")
    Path rejects;

    @Option(names = "--generated", description = "Mark the release as generated sample data (never real).")
    boolean generated;

    @Override
    public Integer call() {
        ImportOptions options = ImportOptions.defaults().withName(name).withMaxRejectShare(maxRejectShare)
                .withGenerated(generated).withRejectsFile(rejects)
                .withLayout("auto".equalsIgnoreCase(layout) ? null : SourceKind.ofLayoutName(layout));
        try (Store opened = store.open(); TerminalProgress progress = TerminalProgress.start()) {
            ImportResult result = new Importer(opened).importFile(file, options, progress);
            progress.done();
            ImportSummary.print(System.out, result);
        }
        return 0;
    }
}
