package org.ddor.store.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Writes a release's rejected rows to a CSV the user can open: file, sheet, row, column, reason, raw value. */
final class RejectsFile {

    private RejectsFile() {
    }

    static void write(Connection connection, String releaseName, Path target) throws SQLException {
        try {
            Path parent = target.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (CsvWriter out = CsvWriter.builder().build(target);
                 var select = connection.prepareStatement("select file_name, sheet, source_row, column_name, reason, raw_value"
                         + " from import_reject where release_name = ? order by source_row, column_name")) {
                out.writeRecord("file", "sheet", "row", "column", "reason", "raw_value");
                select.setString(1, releaseName);
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        out.writeRecord(text(rows.getString(1)), text(rows.getString(2)), rows.getString(3),
                                text(rows.getString(4)), text(rows.getString(5)), text(rows.getString(6)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write rejects file " + target + ": " + e.getMessage(), e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
