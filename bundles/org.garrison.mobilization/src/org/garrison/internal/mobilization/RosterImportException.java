package org.garrison.internal.mobilization;

/** A roster file that cannot be imported at all; the message says why and what to do. */
public class RosterImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public RosterImportException(String message) {
        super(message);
    }
}
