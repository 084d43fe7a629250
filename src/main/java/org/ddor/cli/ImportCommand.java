package org.ddor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ddor.domain.SourceKind;
import org.ddor.store.Store;
import org.ddor.store.StoreException;
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
        "While 'ddor serve' runs on the store (it owns the file), the file is handed to the server,",
        "which imports it: give the server's admin token (--admin-token or $DDOR_ADMIN_TOKEN).",
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

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "The running server's admin token, when the import is handed to it (default: $"
                    + ServeCommand.TOKEN_VARIABLE + ").")
    String adminToken;

    @Override
    public Integer call() throws IOException, InterruptedException {
        ImportOptions options = ImportOptions.defaults().withName(name).withMaxRejectShare(maxRejectShare)
                .withGenerated(generated).withRejectsFile(rejects)
                .withLayout("auto".equalsIgnoreCase(layout) ? null : SourceKind.ofLayoutName(layout));
        Path db = store.path();
        Optional<ServerFile> server = ServerFile.read(db);
        if (server.isPresent()) {
            String token = adminToken != null ? adminToken : System.getenv(ServeCommand.TOKEN_VARIABLE);
            ServerImport handOff = new ServerImport(server.get().url(), token);
            if (server.get().processAlive() && handOff.answers()) {
                return handOff(handOff, server.get().url(), db);
            }
            System.err.println("the server file " + ServerFile.of(db) + " names " + server.get().url()
                    + ", which does not answer: importing here");
        }
        try (Store opened = open(db); TerminalProgress progress = TerminalProgress.start()) {
            ImportResult result = new Importer(opened).importFile(file, options, progress);
            progress.done();
            ImportSummary.print(System.out, result);
        }
        return 0;
    }

    /** Opens the store here; when another process holds it and left no server file, says so. */
    private Store open(Path db) {
        try {
            return store.open();
        } catch (StoreException e) {
            if (String.valueOf(e.getMessage()).contains("in use by another process") && ServerFile.read(db).isEmpty()) {
                throw new StoreException("store " + db + " is in use by another process, and no server file ("
                        + ServerFile.of(db) + ") says where a server listens to take the import: stop that process"
                        + " and import again", e);
            }
            throw e;
        }
    }

    private int handOff(ServerImport server, String url, Path db) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        System.out.println("handing the file to the server at " + url + " (it owns the store)");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("layout", layout);
        if (name != null) {
            fields.put("name", name);
        }
        fields.put("generated", Boolean.toString(generated));
        fields.put("maxRejectShare", Double.toString(maxRejectShare));
        ImportResult result;
        try (TerminalProgress progress = TerminalProgress.start()) {
            result = server.run(file, fields, progress, db.toAbsolutePath().getParent());
            progress.done();
        }
        if (rejects != null && result.rejectsFile() != null && Files.isRegularFile(result.rejectsFile())) {
            Files.createDirectories(rejects.toAbsolutePath().getParent());
            Files.copy(result.rejectsFile(), rejects, StandardCopyOption.REPLACE_EXISTING);
            result = withRejectsFile(result, rejects);
        }
        ImportSummary.print(System.out, result);
        return 0;
    }

    private static ImportResult withRejectsFile(ImportResult r, Path rejectsFile) {
        return new ImportResult(r.releaseId(), r.name(), r.layout(), r.alreadyImported(), r.rowsRead(), r.rowsImported(),
                r.rowsRejected(), r.alreadyStored(), r.duplicates(), r.facilitiesNew(), r.facilitiesUnresolved(),
                r.facilitiesAmbiguous(), r.recordsUnattributed(), r.unknownColumns(), rejectsFile, r.notes());
    }
}
