package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The distributed product runs exactly the bundles that the platform feature names: nothing comes
 * in unseen through p2's dependency resolution, and nothing named is left out.
 */
class ProductContentTest {

    private static final Pattern PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"([^>]*)>");
    private static final Pattern PLATFORM = Pattern.compile("\\b(os|ws|arch)=\"([^\"]+)\"");

    @Test
    void productBundlesAreExactlyThoseTheFeatureNames() throws Exception {
        Path bundlesInfo = ProductArchive.unpacked().resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
        Set<String> installed = Files.readAllLines(bundlesInfo, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> named = new TreeSet<>();
        Matcher plugins = PLUGIN.matcher(Files.readString(Path.of(System.getProperty("garrison.feature.xml"))));
        while (plugins.find()) {
            if (forThisArchive(plugins.group(2))) {
                named.add(plugins.group(1));
            }
        }

        assertThat(installed).as("bundles in the product but not named in the feature").isSubsetOf(named);
        assertThat(named).as("bundles named in the feature but missing from the product").isSubsetOf(installed);
        assertThat(installed).contains("org.garrison.ui", "org.eclipse.swt.gtk.linux.x86_64", "org.apache.batik.css",
                "org.eclipse.equinox.p2.operations", "org.garrison.update");
        assertThat(installed).as("other desks' fragments stay in their own archives")
                .doesNotContain("org.eclipse.swt.win32.win32.x86_64", "org.eclipse.swt.gtk.linux.aarch64", "org.eclipse.swt.cocoa.macosx.aarch64");
    }

    /** Whether a plugin entry's platform filter (os, ws, arch) lets it into the linux gtk x86_64 archive the tests unpack. */
    private static boolean forThisArchive(String attributes) {
        Matcher filter = PLATFORM.matcher(attributes);
        while (filter.find()) {
            String wanted = switch (filter.group(1)) {
                case "os" -> "linux";
                case "ws" -> "gtk";
                default -> "x86_64";
            };
            if (!filter.group(2).equals(wanted)) {
                return false;
            }
        }
        return true;
    }
}
