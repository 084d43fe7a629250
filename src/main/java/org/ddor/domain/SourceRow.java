package org.ddor.domain;

import java.util.Objects;

/**
 * Where a record came from: its release, sheet (null for csv) and 1-based row as a spreadsheet shows it.
 */
public record SourceRow(long releaseId, String sheet, long row) {

    public SourceRow {
        if (row < 1) {
            throw new IllegalArgumentException("rows of a source file are 1-based, got " + row);
        }
    }

    /** e.g. "release 3, sheet 'FY2026', row 328". */
    public String describe() {
        return "release " + releaseId + (sheet == null ? "" : ", sheet '" + sheet + "'") + ", row " + row;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceRow that && releaseId == that.releaseId
                && Objects.equals(sheet, that.sheet) && row == that.row;
    }

    @Override
    public int hashCode() {
        return Objects.hash(releaseId, sheet, row);
    }
}
