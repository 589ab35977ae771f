package org.garrison.store;

/**
 * Opens stores. The implementation is an OSGi service (the Derby store registers one through
 * Declarative Services); clients find it in the service registry and never name the implementation.
 */
public interface StoreProvider {

    /**
     * Opens the store the settings describe, creating the database on first use and bringing its
     * schema up to the registered model.
     *
     * @throws StoreException with a message for the user when the database cannot be opened, for
     *                        example a wrong boot password, an unreachable server, or a model change
     *                        that needs a migration
     */
    Store open(StoreSettings settings) throws StoreException;
}
