package org.garrison.update;

/** An installation, update or uninstallation that did not happen; the message says why and what to do. Nothing was changed. */
public class UpdateException extends Exception {

    private static final long serialVersionUID = 1L;

    public UpdateException(String message) {
        super(message);
    }

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
