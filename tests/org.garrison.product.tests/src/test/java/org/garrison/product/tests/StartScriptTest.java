package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start script of the unpacked product: which Java it chooses, what it says when there is
 * none, and what it passes to the launcher. Stand-in {@code java} commands record how they are
 * called, so no workbench starts here.
 */
class StartScriptTest {

    @Test
    void saysWhatItTriedWhenNoJava21IsFound(@TempDir Path temp) throws Exception {
        Path old = fakeJava(temp.resolve("jdk17"), 17);
        Path absent = temp.resolve("nowhere/bin/java");

        Result result = startScript(temp, Map.of("GARRISON_JAVA_CANDIDATES", old + " " + absent));

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output)
                .contains("武装工作平台需要 Java 21 或更新的版本，没有找到。")
                .contains("Garrison needs Java 21 or newer and found none")
                .contains(old + ": Java 17, older than 21")
                .contains(absent + ": not found")
                .contains("set JAVA_HOME");
    }

    @Test
    void usesJavaHomeAndKeepsItsDataInGarrisonHome(@TempDir Path temp) throws Exception {
        Path java = fakeJava(temp.resolve("jdk25"), 25);
        Path home = temp.resolve("data");

        Result result = startScript(temp, Map.of("JAVA_HOME", java.getParent().getParent().toString(),
                "GARRISON_HOME", home.toString()), "-nl", "en");

        assertThat(result.exitCode).as(result.output).isZero();
        List<String> args = Files.readAllLines(java.resolveSibling("launched-with"));
        assertThat(args).contains("-Dgarrison.home=" + home, "-jar", "-data", home.resolve("workspace").toString(),
                "-configuration", home.resolve("configuration").toString(), "-nl", "en");
        assertThat(args).anySatisfy(arg -> assertThat(arg).matches(".*/plugins/org\\.eclipse\\.equinox\\.launcher_.*\\.jar"));
        assertThat(args.subList(args.size() - 2, args.size())).containsExactly("-nl", "en");
    }

    @Test
    void theLanguageChosenInThePreferencesIsUsedUnlessNlIsGiven(@TempDir Path temp) throws Exception {
        Path java = fakeJava(temp.resolve("jdk25"), 25);
        Path home = temp.resolve("data");
        Files.createDirectories(home);
        Files.writeString(home.resolve("language"), "en\n");
        Map<String, String> env = Map.of("JAVA_HOME", java.getParent().getParent().toString(), "GARRISON_HOME", home.toString());

        assertThat(startScript(temp, env).exitCode).isZero();
        List<String> args = Files.readAllLines(java.resolveSibling("launched-with"));
        assertThat(String.join(" ", args)).contains("-nl en");

        assertThat(startScript(temp, env, "-nl", "zh_CN").exitCode).isZero();
        args = Files.readAllLines(java.resolveSibling("launched-with"));
        assertThat(args.subList(args.size() - 2, args.size())).containsExactly("-nl", "zh_CN");
        assertThat(args).containsOnlyOnce("-nl");
    }

    @Test
    void explainsAMissingDisplay(@TempDir Path temp) throws Exception {
        Path java = fakeJava(temp.resolve("jdk25"), 25);

        Result result = startScript(temp, Map.of("GARRISON_JAVA_CANDIDATES", java.toString(), "DISPLAY", ""));

        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("武装工作平台需要图形界面，但没有设置 DISPLAY。").contains("DISPLAY is not set").contains("xvfb-run");
    }

    @Test
    void reportRunsTheHeadlessApplicationWithoutADisplay(@TempDir Path temp) throws Exception {
        Path java = fakeJava(temp.resolve("jdk25"), 25);

        Result result = startScript(temp, Map.of("GARRISON_JAVA_CANDIDATES", java.toString(), "DISPLAY", ""), "report", "--year", "2026", "--out",
                "r.docx");

        assertThat(result.exitCode).as(result.output).isZero();
        List<String> args = Files.readAllLines(java.resolveSibling("launched-with"));
        assertThat(args).containsSequence("-application", "org.garrison.report.headless", "-nosplash");
        assertThat(args.subList(args.size() - 5, args.size())).containsExactly("report", "--year", "2026", "--out", "r.docx");
    }

    /** A java command that reports the given release and, when launched, records its arguments. */
    private static Path fakeJava(Path jdk, int release) throws IOException {
        Path java = jdk.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, """
                #!/bin/sh
                if [ "$1" = "-XshowSettings:properties" ]; then
                    echo "    java.specification.version = %d" >&2
                    exit 0
                fi
                for arg in "$@"; do echo "$arg"; done > "$(dirname "$0")/launched-with"
                """.formatted(release), StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result startScript(Path temp, Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProductArchive.unpacked().resolve("garrison").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GARRISON_HOME", temp.resolve("home").toString());
        builder.environment().put("DISPLAY", ":0");
        builder.environment().remove("JAVA_HOME");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().putAll(env);
        if ("".equals(env.get("DISPLAY"))) {
            builder.environment().remove("DISPLAY");
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
