package org.ddor.store;

/** A store problem a user can act on; the message is one line that says what to do. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
