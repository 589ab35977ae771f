package org.garrison.store.derby.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;

import org.garrison.internal.store.derby.DerbyDatabase;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.internal.store.derby.objects.CommitValidator;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSettings;
import org.garrison.testing.ModelPackages;

/**
 * Databases for the tests, each in its own folder. Derby's system home is set once per test JVM
 * (Derby reads it when it first boots) to a data folder of the tests' own.
 */
final class TestDatabases {

    static final Path DATA_FOLDER;

    static {
        try {
            DATA_FOLDER = Files.createTempDirectory("garrison-store-tests");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DerbyDatabase.configureSystem(DATA_FOLDER);
    }

    private TestDatabases() {
    }

    static DerbyDatabase fresh(String name) {
        return new DerbyDatabase(DATA_FOLDER, name + "-" + System.nanoTime(), null);
    }

    static DerbyDatabase encrypted(String name, String bootPassword) {
        return new DerbyDatabase(DATA_FOLDER, name, bootPassword == null ? null : bootPassword.toCharArray());
    }

    /** A new embedded store of the Garrison model, validating with EMF's registered validators. */
    static DerbyStore freshStore(String name) throws StoreException {
        return freshStore(name, CommitValidator.EMF);
    }

    static DerbyStore freshStore(String name, CommitValidator validator) throws StoreException {
        return DerbyStore.open(new StoreSettings.Embedded(DATA_FOLDER, name + "-" + System.nanoTime(), null), ModelPackages.ALL, validator, List.of());
    }
}
