package org.garrison.internal.store.derby;

import java.sql.SQLException;

/**
 * Derby's conditions that a person can meet, recognised by their SQL states anywhere in an exception's
 * chain (a boot failure hides its reason in the next exception), so that the message says what
 * happened and what to do rather than Derby's own sentence.
 */
public final class DerbyFailures {

    private DerbyFailures() {
    }

    /** Another program (a workbench) has booted the embedded database. */
    public static boolean inUse(Throwable e) {
        return hasState(e, "XSDB6"); //$NON-NLS-1$
    }

    /**
     * The database's files are damaged: a page or the log cannot be read (XSDG, XSLA, XSLB, the data
     * dictionary's XSDB other than XSDB6), or a file ends where Derby expected more (an end of file
     * under Derby's XJ001).
     */
    public static boolean damaged(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException first ? first : null; sql != null; sql = sql.getNextException()) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState(); //$NON-NLS-1$
                if (state.startsWith("XSDG") || state.startsWith("XSLA") || state.startsWith("XSLB") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        || state.startsWith("XSDB") && !state.equals("XSDB6") //$NON-NLS-1$ //$NON-NLS-2$
                        || state.equals("XJ001") && endOfFile(sql)) { //$NON-NLS-1$
                    return true;
                }
                if (sql.getCause() != null && sql.getCause() != sql && sql.getCause() != cause && damaged(sql.getCause())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endOfFile(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.io.EOFException || cause.getMessage() != null && cause.getMessage().contains("EOFException")) { //$NON-NLS-1$
                return true;
            }
        }
        return false;
    }

    /** Whether the SQL state is the given one anywhere in the chain. */
    public static boolean hasState(Throwable e, String state) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (SQLException sql = cause instanceof SQLException first ? first : null; sql != null; sql = sql.getNextException()) {
                if (state.equals(sql.getSQLState()) || sql.getCause() != null && sql.getCause() != sql && sql.getCause() != cause && hasState(sql.getCause(), state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
