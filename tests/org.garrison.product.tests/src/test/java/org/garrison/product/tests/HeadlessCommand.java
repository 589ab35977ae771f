package org.garrison.product.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The product's start script run with a command and no display, as a scheduled job on a server would run it. */
record HeadlessCommand(int exitCode, String output) {

    static HeadlessCommand run(Path home, String... args) throws Exception {
        return run(home, java.util.Map.of(), args);
    }

    /** With environment variables (passwords never go on a command line). */
    static HeadlessCommand run(Path home, java.util.Map<String, String> environment, String... args) throws Exception {
        return runIn(ProductArchive.unpacked(), home, environment, args);
    }

    /** In another installation of the product (one a test installs into or updates). */
    static HeadlessCommand runIn(Path installation, Path home, java.util.Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.resolve("garrison").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GARRISON_HOME", home.toString());
        builder.environment().remove("DISPLAY");
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new HeadlessCommand(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
