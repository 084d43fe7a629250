package org.ddor.store.imports;

/** Receives an import's progress: its phases and, while reading, rows read. Implementations need not be thread-safe. */
public interface ImportProgress {

    void phase(String description);

    void rows(long rowsRead);

    ImportProgress SILENT = new ImportProgress() {
        @Override
        public void phase(String description) {
        }

        @Override
        public void rows(long rowsRead) {
        }
    };
}
