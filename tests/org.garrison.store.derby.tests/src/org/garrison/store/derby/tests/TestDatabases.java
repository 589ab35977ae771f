package org.garrison.store.derby.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.garrison.internal.store.derby.DerbyDatabase;

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
}
