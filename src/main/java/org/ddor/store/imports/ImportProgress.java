package org.ddor.store.imports;

/** Receives an import's progress: its phases and, while reading, rows read. Implementations need not be thread-safe. */
public interface ImportProgress {

    void phase(String description);

    void rows(long rowsRead);

    /**
     * The share of the file read so far (0 to 1), where the reader can tell it but not the rows (the database's
     * CSV reader). Called from a thread of its own while the importing thread waits for the read.
     */
    default void share(double read) {
    }

    ImportProgress SILENT = new ImportProgress() {
        @Override
        public void phase(String description) {
        }

        @Override
        public void rows(long rowsRead) {
        }
    };
}
