package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every desk's archive, read as it is distributed: its own SWT fragment at the host's version and no other
 * desk's, the start script native to it, the configuration and the p2 profile that installing and updating
 * need. Only the linux x86_64 archive can start here; the others are checked by their contents.
 */
class ProductArchivesTest {

    private static final String SWT_VERSION = "3.133.0";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "linux.gtk.x86_64.tar.gz,      garrison/,                       org.eclipse.swt.gtk.linux.x86_64,     garrison",
            "linux.gtk.aarch64.tar.gz,     garrison/,                       org.eclipse.swt.gtk.linux.aarch64,    garrison",
            "win32.win32.x86_64.zip,       garrison/,                       org.eclipse.swt.win32.win32.x86_64,   garrison.cmd",
            "macosx.cocoa.aarch64.tar.gz,  Garrison.app/Contents/Eclipse/,  org.eclipse.swt.cocoa.macosx.aarch64, garrison" })
    void eachArchiveHoldsItsFragmentStartScriptAndProfile(String suffix, String root, String fragment, String script) throws Exception {
        Path archive = archives().resolve("garrison-" + System.getProperty("garrison.version") + "-" + suffix);
        assertThat(archive).as("the build makes an archive for every desk").isRegularFile();
        List<Entry> entries = entries(archive);
        List<String> names = entries.stream().map(Entry::name).toList();

        assertThat(names).as("its SWT fragment, at the host's version").anyMatch(name -> name.startsWith(root + "plugins/" + fragment + "_" + SWT_VERSION + "."));
        assertThat(names).anyMatch(name -> name.startsWith(root + "plugins/org.eclipse.swt_" + SWT_VERSION + "."));
        assertThat(names).as("no other desk's fragment").noneMatch(name -> name.contains("plugins/org.eclipse.swt.") && name.contains("_3.")
                && !name.contains(fragment + "_") && !name.contains("org.eclipse.swt.svg_"));
        assertThat(names).contains(root + script, root + "configuration/config.ini");
        assertThat(names).as("a p2 profile, which install and update change")
                .anyMatch(name -> name.startsWith(root + "p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/"));
        assertThat(names).anyMatch(name -> name.startsWith(root + "plugins/org.eclipse.equinox.p2.operations_"));
        assertThat(names).anyMatch(name -> name.startsWith(root + "plugins/org.eclipse.equinox.launcher_"));

        if (script.equals("garrison.cmd")) {
            String cmd = text(archive, root + script);
            assertThat(cmd).as("a batch file: CRLF lines").contains("\r\n").contains("org.eclipse.equinox.launcher_*.jar", "GEQ 21",
                    "org.garrison.update.headless");
        } else {
            assertThat(entries).filteredOn(entry -> entry.name().equals(root + script)).singleElement()
                    .satisfies(entry -> assertThat(entry.executable()).as("the start script is executable").isTrue());
            assertThat(names).contains(root + "java.sh");
        }
        if (suffix.startsWith("macosx")) {
            assertThat(names).contains("Garrison.app/Contents/Info.plist", "Garrison.app/Contents/MacOS/Garrison");
            assertThat(entries).filteredOn(entry -> entry.name().equals("Garrison.app/Contents/MacOS/Garrison")).singleElement()
                    .satisfies(entry -> assertThat(entry.executable()).isTrue());
            assertThat(text(archive, "Garrison.app/Contents/Info.plist")).contains("<key>CFBundleExecutable</key><string>Garrison</string>")
                    .doesNotContain("@VERSION@");
            assertThat(text(archive, root + "garrison")).contains("-XstartOnFirstThread");
        }
    }

    /** The linux x86_64 archive with its own Java runtime works where no JDK is found, and the plain one says it needs one. */
    @org.junit.jupiter.api.Test
    void theArchiveWithJavaNeedsNoJdk(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        Path archive = archives().resolve("garrison-" + System.getProperty("garrison.version") + "-linux.gtk.x86_64-with-java.tar.gz");
        assertThat(archive).isRegularFile();
        ProductArchive.run("tar", "-xzf", archive.toString(), "-C", temp.toString());
        Path installation = temp.resolve("garrison");
        assertThat(installation.resolve("jre/bin/java")).isExecutable();
        assertThat(Files.readString(installation.resolve("jre/release"))).contains("JAVA_VERSION=\"25");
        // no JAVA_HOME, and the only other Java the script may try does not exist
        java.util.Map<String, String> noJdk = java.util.Map.of("JAVA_HOME", "", "GARRISON_JAVA_CANDIDATES", temp.resolve("no-jdk/bin/java").toString());

        HeadlessCommand plain = HeadlessCommand.runIn(ProductArchive.unpacked(), temp.resolve("home-plain"), noJdk, "sample", "--size", "TINY");
        assertThat(plain.exitCode()).as(plain.output()).isEqualTo(1);
        assertThat(plain.output()).contains("needs Java 21 or newer");

        HeadlessCommand withJava = HeadlessCommand.runIn(installation, temp.resolve("home"), noJdk, "sample", "--size", "TINY");
        assertThat(withJava.exitCode()).as(withJava.output()).isZero();
        assertThat(withJava.output()).contains("已写入示例区");
    }

    private record Entry(String name, boolean executable) {
    }

    private static Path archives() {
        return Path.of(System.getProperty("garrison.product.archive")).getParent();
    }

    private static List<Entry> entries(Path archive) throws IOException, InterruptedException {
        List<Entry> entries = new ArrayList<>();
        if (archive.toString().endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                Collections.list(zip.entries()).forEach(entry -> entries.add(new Entry(entry.getName(), false)));
            }
            return entries;
        }
        Process tar = new ProcessBuilder("tar", "-tvzf", archive.toString()).redirectErrorStream(true).start();
        for (String line : new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] columns = line.trim().split("\\s+", 6);
            if (columns.length == 6) {
                String name = columns[5];
                entries.add(new Entry(name.startsWith("./") ? name.substring(2) : name, columns[0].charAt(3) == 'x'));
            }
        }
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return entries;
    }

    private static String text(Path archive, String name) throws IOException, InterruptedException {
        if (archive.toString().endsWith(".zip")) {
            try (ZipFile zip = new ZipFile(archive.toFile())) {
                return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        Process tar = new ProcessBuilder("tar", "-xzOf", archive.toString(), name).start();
        String text = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return text;
    }
}
