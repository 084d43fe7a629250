package org.ddor.store.imports;

import java.nio.file.Path;

/** The import was refused as a whole (too many rejects); the store is unchanged. */
public class ImportRefusedException extends RuntimeException {

    private final Path rejectsFile;

    public ImportRefusedException(String message, Path rejectsFile) {
        super(message);
        this.rejectsFile = rejectsFile;
    }

    /** The rejects written for the user to inspect. */
    public Path rejectsFile() {
        return rejectsFile;
    }
}
