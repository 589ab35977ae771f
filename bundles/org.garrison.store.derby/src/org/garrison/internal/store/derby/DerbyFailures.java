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
     * The disk is full: Derby could not write a page (XSDG1) or the log (XSLA4), or the operating system said
     * so in the cause. Checked before {@link #damaged}, whose states these share.
     */
    public static boolean diskFull(Throwable e) {
        return hasState(e, "XSDG1") || hasState(e, "XSLA4") || causeSays(e, "No space left on device") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                || causeSays(e, "Disk quota exceeded"); //$NON-NLS-1$
    }

    /** The database is read-only (its folder cannot be written), so Derby refuses every change (25502). */
    public static boolean readOnly(Throwable e) {
        return hasState(e, "25502") || causeSays(e, "Read-only file system"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static boolean causeSays(Throwable e, String words) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(words)) {
                return true;
            }
            for (SQLException next = cause instanceof SQLException sql ? sql.getNextException() : null; next != null; next = next.getNextException()) {
                if (causeSays(next, words)) {
                    return true;
                }
            }
        }
        return false;
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

    /** A TLS handshake the client's trust store refused: not the department's certificate, or no trust store installed. */
    public static boolean untrustedCertificate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof javax.net.ssl.SSLHandshakeException || cause instanceof java.security.cert.CertificateException
                    || String.valueOf(cause.getMessage()).contains("PKIX path")) { //$NON-NLS-1$
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getNextException() != null && untrustedCertificate(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }
}
