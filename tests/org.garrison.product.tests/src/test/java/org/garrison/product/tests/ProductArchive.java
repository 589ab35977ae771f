package org.garrison.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The product archive the build made, unpacked once per test run the way an administrator
 * unpacks it, so the tests use exactly what is distributed.
 */
final class ProductArchive {

    private static Path unpacked;

    private ProductArchive() {
    }

    /** The unpacked product's folder, the one holding the {@code garrison} start script. */
    static synchronized Path unpacked() throws IOException, InterruptedException {
        if (unpacked == null) {
            Path archive = Path.of(System.getProperty("garrison.product.archive"));
            if (!Files.isRegularFile(archive)) {
                throw new AssertionError("No product archive at " + archive + ": the build makes it in releng/org.garrison.product.");
            }
            Path into = Path.of(System.getProperty("garrison.unpack.dir"));
            if (Files.exists(into)) {
                run("rm", "-rf", into.toString());
            }
            Files.createDirectories(into);
            run("tar", "-xzf", archive.toString(), "-C", into.toString());
            unpacked = into.resolve("garrison");
        }
        return unpacked;
    }

    static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed");
        }
    }
}
