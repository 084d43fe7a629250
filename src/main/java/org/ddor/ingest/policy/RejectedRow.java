package org.ddor.ingest.policy;

/**
 * A row of a policy table that was not loaded, with the reason a person can act on.
 *
 * @param fileName the file's name as given to the reader
 * @param row      the 1-based row as a spreadsheet shows the file (comment lines and the header count)
 * @param column   the header text of the column at fault as the file spells it, or null when the whole
 *                 row is at fault (an exact duplicate)
 * @param reason   one line, e.g. "cannot read 'Spring 2014' as a date; expected e.g. ..."
 * @param rawValue the cell at fault as written ("" when empty), or the location cell for a whole-row reject
 */
public record RejectedRow(String fileName, long row, String column, String reason, String rawValue) {

    /** e.g. "policies.csv row 12, column 'Date Enacted': cannot read 'Spring 2014' as a date; ...". */
    public String describe() {
        return fileName + " row " + row + (column == null ? "" : ", column '" + column + "'") + ": " + reason;
    }
}
