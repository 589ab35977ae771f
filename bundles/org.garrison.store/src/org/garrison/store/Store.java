package org.garrison.store;

/**
 * An open database of records. Sessions read and change records; every commit of any session is
 * announced to the commit listeners, so that views and editors of other sessions can refresh.
 */
public interface Store extends AutoCloseable {

    /** Where the records live. */
    StoreSettings settings();

    /** A new working copy of the records, empty until it loads or queries. */
    StoreSession openSession();

    /** What the store's user may change: everything, unless the shared server's roles say otherwise. */
    default Access access() {
        return Access.everything(System.getProperty("user.name")); //$NON-NLS-1$
    }

    /**
     * Changes the password of the user this store is open as (更改密码), on a shared server; the store
     * goes on with the new one.
     *
     * @throws StoreException when the database refuses it, or has no passwords (an embedded database)
     */
    default void changePassword(char[] newPassword) throws StoreException {
        throw new StoreException(org.garrison.internal.store.StoreApiMessages.format("password.notShared")); //$NON-NLS-1$
    }

    void addCommitListener(CommitListener listener);

    void removeCommitListener(CommitListener listener);

    /** Closes the database; sessions opened from this store may no longer be used. */
    @Override
    void close();
}
