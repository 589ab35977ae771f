package org.garrison.admin;

/**
 * An administrative task that could not be done; the message says what happened and what to do, in
 * the administrator's language. Nothing was changed unless the message says otherwise.
 */
public class AdminException extends Exception {

    private static final long serialVersionUID = 1L;

    public AdminException(String message) {
        super(message);
    }

    public AdminException(String message, Throwable cause) {
        super(message, cause);
    }
}
