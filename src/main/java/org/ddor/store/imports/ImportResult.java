package org.ddor.store.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did, for the summary the user reads.
 *
 * @param releaseId        the release stored, or the earlier release when {@code alreadyImported}
 * @param name             the release's name
 * @param layout           the layout read and why, e.g. "layout ero-lesa (header has ...)"
 * @param alreadyImported  the same file (checksum) was imported before: nothing changed
 * @param rowsRead         data rows read
 * @param rowsImported     new records stored
 * @param rowsRejected     rows rejected (see rejectsFile)
 * @param alreadyStored    rows that an earlier release already holds (overlapping releases)
 * @param duplicates       stored rows marked as duplicates of another record (counted once)
 * @param facilitiesNew    facilities first seen in this release
 * @param facilitiesUnresolved  facilities of this release left unresolved
 * @param facilitiesAmbiguous   facilities of this release left ambiguous
 * @param recordsUnattributed   records at facilities that could not be attributed to a jurisdiction
 * @param unknownColumns   header columns DDOR does not read
 * @param rejectsFile      the rejects CSV, or null when nothing was rejected
 * @param notes            further remarks (e.g. a policy table's defects)
 */
public record ImportResult(long releaseId, String name, String layout, boolean alreadyImported, long rowsRead,
                           long rowsImported, long rowsRejected, long alreadyStored, long duplicates,
                           long facilitiesNew, long facilitiesUnresolved, long facilitiesAmbiguous,
                           long recordsUnattributed, List<String> unknownColumns, Path rejectsFile,
                           List<String> notes) {

    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
        notes = List.copyOf(notes);
    }

    static ImportResult alreadyImported(long releaseId, String name) {
        return new ImportResult(releaseId, name, "", true, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of(), null, List.of());
    }
}
