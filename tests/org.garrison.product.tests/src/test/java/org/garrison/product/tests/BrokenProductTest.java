package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke check must catch a product that lacks a bundle it needs: here batik's CSS parser,
 * which the feature names because nothing pulls it in by itself.
 */
class BrokenProductTest {

    private static final String MISSING = "org.apache.batik.css";

    @Test
    void smokeCheckFailsWhenANeededBundleIsMissing(@TempDir Path temp) throws Exception {
        Path copy = temp.resolve("garrison");
        ProductArchive.run("cp", "-a", ProductArchive.unpacked().toString(), copy.toString());
        removeBundle(copy, MISSING);

        List<String> problems = SmokeCheck.problems(copy, temp.resolve("home"), "武装工作平台");

        assertThat(problems).isNotEmpty();
        assertThat(String.join("\n", problems)).contains(MISSING);
    }

    private static void removeBundle(Path product, String symbolicName) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(product.resolve("plugins"), symbolicName + "_*")) {
            for (Path jar : jars) {
                Files.delete(jar);
                removed++;
            }
        }
        assertThat(removed).as("bundles named " + symbolicName).isEqualTo(1);
        Path bundlesInfo = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        List<String> kept = Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith(symbolicName + ","))
                .toList();
        Files.write(bundlesInfo, kept, StandardCharsets.UTF_8);
    }
}
