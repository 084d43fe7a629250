package org.ddor.store.imports;

import java.nio.file.Path;
import org.ddor.domain.SourceKind;

/**
 * How to import one file.
 *
 * @param name           the release's name; null for the file's name
 * @param layout         the layout to read, or null to detect it from the header
 * @param maxRejectShare above this share of rejected rows the import is refused as a whole (0..1)
 * @param generated      true to mark the release as generated sample data (also detected from xlsx titles)
 * @param rejectsFile    where to write rejected rows; null for beside the store
 * @param decidedBy      who runs the import (recorded with the release)
 */
public record ImportOptions(String name, SourceKind layout, double maxRejectShare, boolean generated,
                            Path rejectsFile, String decidedBy) {

    public static final double DEFAULT_MAX_REJECT_SHARE = 0.05;

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, DEFAULT_MAX_REJECT_SHARE, false, null, System.getProperty("user.name"));
    }

    public ImportOptions withName(String newName) {
        return new ImportOptions(newName, layout, maxRejectShare, generated, rejectsFile, decidedBy);
    }

    public ImportOptions withLayout(SourceKind newLayout) {
        return new ImportOptions(name, newLayout, maxRejectShare, generated, rejectsFile, decidedBy);
    }

    public ImportOptions withGenerated(boolean isGenerated) {
        return new ImportOptions(name, layout, maxRejectShare, isGenerated, rejectsFile, decidedBy);
    }

    public ImportOptions withMaxRejectShare(double share) {
        return new ImportOptions(name, layout, share, generated, rejectsFile, decidedBy);
    }

    public ImportOptions withRejectsFile(Path file) {
        return new ImportOptions(name, layout, maxRejectShare, generated, file, decidedBy);
    }
}
