package org.garrison.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts a product, waits for its window, checks the title and the logs, and exits through the
 * File menu. Its answer is the list of what was wrong: empty for a healthy product.
 */
final class SmokeCheck {

    static final Duration STARTUP = Duration.ofSeconds(120);
    static final Duration SHUTDOWN = Duration.ofSeconds(30);

    private SmokeCheck() {
    }

    static List<String> problems(Path productDir, Path home, String expectedTitle, String... args)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        try (RunningProduct product = RunningProduct.start(productDir, home, args)) {
            Optional<String> window = product.awaitWindow(STARTUP);
            if (window.isEmpty()) {
                problems.add("no window was shown within " + STARTUP.toSeconds() + " s; output: " + product.output().strip());
            } else {
                String title = product.title(window.get());
                if (!title.equals(expectedTitle)) {
                    problems.add("window title is '" + title + "', expected '" + expectedTitle + "'");
                }
                product.exitThroughFileMenu(window.get());
                if (!product.awaitExit(SHUTDOWN)) {
                    problems.add("File > Exit did not end the product within " + SHUTDOWN.toSeconds() + " s");
                } else if (product.exitValue() != 0) {
                    problems.add("the product exited with " + product.exitValue() + "; output: " + product.output().strip());
                }
            }
            problems.addAll(product.errorEntries());
        }
        if (!Files.isDirectory(home.resolve("workspace"))) {
            problems.add("no workspace in the data folder " + home);
        }
        return problems;
    }
}
