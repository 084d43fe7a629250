package org.ddor.ingest;

/** The container of an input file, told from its first bytes, never from its name alone. */
public enum InputFormat {
    CSV, XLSX
}
