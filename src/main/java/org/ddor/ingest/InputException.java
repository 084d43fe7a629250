package org.ddor.ingest;

/**
 * An input file that cannot be read as a whole: empty, binary, wrong layout, too large, unsafe.
 * The message is one line naming the file and what to do; nothing has been stored.
 */
public class InputException extends RuntimeException {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
