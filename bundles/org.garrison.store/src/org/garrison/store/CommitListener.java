package org.garrison.store;

/** Told of every commit that reached the database, after the transaction has committed. */
@FunctionalInterface
public interface CommitListener {

    /** Called in the committing thread; a listener that updates widgets hands over to the display thread itself. */
    void committed(CommitEvent event);
}
