package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Release B of the example department (1.0.1): its sources with the version raised, built the way
 * docs/integrators.md tells an integrator — outside Garrison's reactor, with sdk/department-parent.pom.xml as the
 * parent and the release's update site (this build's) as the only source of Garrison — into an update site of its own.
 */
final class ReleaseB {

    private static final List<String> MODULES = List.of("org.garrison.example.education", "org.garrison.example.education.feature",
            "org.garrison.example.site");

    private ReleaseB() {
    }

    /** Builds release B under {@code work} and returns its update site (a p2 repository folder). */
    static Path build(Path sourceRoot, Path work) throws IOException, InterruptedException {
        Path examples = sourceRoot.resolve("examples");
        for (String module : MODULES) {
            ProductArchive.run("cp", "-r", examples.resolve(module).toString(), work.resolve(module).toString());
            ProductArchive.run("rm", "-rf", work.resolve(module).resolve("target").toString());
        }
        raise(work.resolve("org.garrison.example.education/META-INF/MANIFEST.MF"), "Bundle-Version: 1.0.0.qualifier", "Bundle-Version: 1.0.1.qualifier");
        raise(work.resolve("org.garrison.example.education.feature/feature.xml"), "version=\"1.0.0.qualifier\"", "version=\"1.0.1.qualifier\"");
        for (String module : MODULES) {
            raise(work.resolve(module).resolve("pom.xml"), "<version>1.0.0-SNAPSHOT</version>\n  <packaging>",
                    "<version>1.0.1-SNAPSHOT</version>\n  <packaging>");
        }
        Files.copy(sourceRoot.resolve("sdk/department-parent.pom.xml"), work.resolve("pom.xml"));
        Files.createDirectories(work.resolve(".mvn"));
        Path site = sourceRoot.resolve("releng/org.garrison.product/target/repository");
        Path log = work.resolve("build.log");
        ProcessBuilder maven = new ProcessBuilder(sourceRoot.resolve("mvnw").toString(), "-o", "-B", "-q", "--no-transfer-progress",
                "-f", work.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + System.getProperty("garrison.maven.repo"),
                "-Dgarrison.site=" + site.toUri(), "verify")
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        maven.environment().put("MAVEN_PROJECTBASEDIR", work.toString());
        Process process = maven.start();
        boolean done = process.waitFor(10, TimeUnit.MINUTES);
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done && process.exitValue() == 0).as("release B builds outside the reactor:\n" + output).isTrue();
        Path built = work.resolve("org.garrison.example.site/target/repository");
        assertThat(built.resolve("plugins")).as("release B's update site").isDirectory();
        try (var plugins = Files.list(built.resolve("plugins"))) {
            assertThat(plugins.map(path -> path.getFileName().toString()).toList())
                    .anyMatch(name -> name.startsWith("org.garrison.example.education_1.0.1."));
        }
        return built;
    }

    private static void raise(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " names the version to raise").contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
