package org.garrison.store;

/**
 * A store operation that could not be done. The message is written for the person who asked for
 * it, in the user's language: what happened, to which record, and what to do about it. Nothing
 * was written to the database.
 */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
