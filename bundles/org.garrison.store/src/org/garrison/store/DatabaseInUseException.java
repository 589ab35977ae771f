package org.garrison.store;

/**
 * The database is embedded and another program holds it open (a Garrison workbench on the same data
 * folder): Derby lets one program boot a database at a time. Nothing was read or written; the message
 * says to close the other program or to use the shared database server.
 */
public class DatabaseInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    public DatabaseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
