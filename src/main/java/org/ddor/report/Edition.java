package org.ddor.report;

/**
 * Who a report is for (DESIGN.md §6). The public edition suppresses small cells and shows charge
 * categories, not exact charges; the official edition shows more and is meant for authorised readers.
 */
public enum Edition {
    PUBLIC, OFFICIAL
}
