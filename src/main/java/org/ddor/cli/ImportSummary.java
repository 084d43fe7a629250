package org.ddor.cli;

import java.io.PrintStream;
import org.ddor.store.imports.ImportResult;

/** The summary printed at the end of an import. */
final class ImportSummary {

    private ImportSummary() {
    }

    static void print(PrintStream out, ImportResult result) {
        if (result.alreadyImported()) {
            out.printf("already imported as release %d '%s': nothing changed%n", result.releaseId(), result.name());
            return;
        }
        out.printf("imported release %d '%s' — %s%n", result.releaseId(), result.name(), result.layout());
        out.printf("  rows read            %,12d%n", result.rowsRead());
        out.printf("  imported             %,12d%n", result.rowsImported());
        out.printf("  rejected             %,12d%s%n", result.rowsRejected(),
                result.rejectsFile() == null ? "" : "   (reasons in " + result.rejectsFile() + ")");
        out.printf("  already stored       %,12d   (same records from earlier releases, not counted again)%n", result.alreadyStored());
        out.printf("  duplicates           %,12d   (stored, marked, counted once)%n", result.duplicates());
        out.printf("  new facilities       %,12d   (%,d unresolved, %,d ambiguous)%n",
                result.facilitiesNew(), result.facilitiesUnresolved(), result.facilitiesAmbiguous());
        out.printf("  records unattributed %,12d   (facility not attributable to a jurisdiction; see 'ddor facilities')%n",
                result.recordsUnattributed());
        if (!result.unknownColumns().isEmpty()) {
            out.println("  columns not read:    " + String.join(", ", result.unknownColumns()));
        }
        result.notes().forEach(note -> out.println("  note: " + note));
    }
}
