package org.ddor.cli;

import java.nio.file.Path;
import org.ddor.store.Store;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
final class StoreOption {

    /** The environment variable that overrides the default store location. */
    static final String ENVIRONMENT_VARIABLE = "DDOR_DB";

    @Option(names = "--db", paramLabel = "PATH",
            description = "The store file (default: $DDOR_DB, else ./data/ddor.duckdb).")
    Path db;

    /** --db if given, else $DDOR_DB if set, else ./data/ddor.duckdb. */
    Path path() {
        if (db != null) {
            return db;
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        return fromEnvironment == null || fromEnvironment.isBlank() ? Store.DEFAULT_PATH : Path.of(fromEnvironment);
    }

    Store open() {
        return Store.open(path());
    }
}
