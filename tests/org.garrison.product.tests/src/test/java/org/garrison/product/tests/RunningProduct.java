package org.garrison.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The product started through its own start script, as a user starts it, with its data in a
 * folder of the test's. Windows are found and driven with xdotool on the test command's display.
 */
final class RunningProduct implements AutoCloseable {

    private static final int DISPLAY_RETRIES = 2;

    private final ProcessBuilder builder;
    private Process process;
    private final Path home;
    private final Path output;
    private int retries;

    private RunningProduct(ProcessBuilder builder, Path home, Path output) throws IOException {
        this.builder = builder;
        this.process = builder.start();
        this.home = home;
        this.output = output;
    }

    /**
     * Starts the product again when GTK could not open the test's display at all (once in many runs Xvfb
     * refuses a connection: {@code gtk_init_check() failed} before anything of the product ran); answers
     * whether it did. The failed start's log goes with it: it says nothing about the product.
     */
    private boolean retryIfTheDisplayRefused() {
        if (process.isAlive() || retries >= DISPLAY_RETRIES || !displayRefused()) {
            return false;
        }
        retries++;
        try {
            Files.deleteIfExists(home.resolve("workspace/.metadata/.log"));
            Thread.sleep(1000);
            process = builder.start();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether the start failed on GTK's first connection to the display; the launcher prints that to the output,
     * the workbench's application only to its log ("An error has occurred. See the log file").
     */
    private boolean displayRefused() {
        String refusal = "gtk_init_check() failed";
        Path log = home.resolve("workspace/.metadata/.log");
        try {
            return output().contains(refusal) || Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(refusal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RunningProduct start(Path productDir, Path home, String... args) throws IOException {
        return start(productDir, home, false, args);
    }

    /** @param offerSample whether the first start on the empty database offers a sample district (a dialog before the work starts) */
    static RunningProduct start(Path productDir, Path home, boolean offerSample, String... args) throws IOException {
        return start(productDir, home, offerSample, java.util.Map.of(), args);
    }

    /** @param environment variables for the product (a trust store, a password) */
    static RunningProduct start(Path productDir, Path home, boolean offerSample, java.util.Map<String, String> environment, String... args)
            throws IOException {
        Path script = productDir.resolve("garrison");
        if (!Files.isExecutable(script)) {
            throw new AssertionError("No executable start script at " + script + ": build the product first (./mvnw verify).");
        }
        if (System.getenv("DISPLAY") == null) {
            throw new AssertionError("DISPLAY is not set: run the tests through the README's test command, which starts Xvfb.");
        }
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Path output = home.resolve("product-output.txt");
        Files.createDirectories(home);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("GARRISON_HOME", home.toString());
        if (!offerSample) {
            builder.environment().put("GARRISON_VMARGS", "-Dgarrison.offerSample=false");
        }
        builder.environment().putAll(environment);
        return new RunningProduct(builder, home, output);
    }

    /** The id of this process's first visible window, or empty if none shows before the timeout or the process ends. */
    Optional<String> awaitWindow(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && (process.isAlive() || retryIfTheDisplayRefused())) {
            List<String> windows = windows();
            if (!windows.isEmpty()) {
                return Optional.of(windows.get(0));
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /**
     * The visible windows of the start script's Java process: the script starts Java as its child (it starts
     * it again when the workbench asks to restart).
     */
    private List<String> windows() {
        javaStarts();
        List<String> windows = new java.util.ArrayList<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(process.toHandle()), process.descendants())
                .forEach(handle -> xdotool("search", "--onlyvisible", "--pid", Long.toString(handle.pid())).stream()
                        .filter(line -> line.chars().allMatch(Character::isDigit)).forEach(windows::add));
        return windows;
    }

    private final java.util.Set<Long> javaProcesses = new java.util.HashSet<>();

    /** How many Java processes the start script has run so far (two after the workbench restarted itself). */
    int javaStarts() {
        process.descendants().filter(RunningProduct::isWorkbench).forEach(handle -> javaProcesses.add(handle.pid()));
        return javaProcesses.size();
    }

    /** The script's Java running the platform (not the short checks it runs, such as {@code java -version}). */
    private static boolean isWorkbench(ProcessHandle handle) {
        return handle.info().arguments().map(arguments -> java.util.Arrays.stream(arguments)
                .anyMatch(argument -> argument.contains("org.eclipse.equinox.launcher_"))).orElse(false);
    }

    /** The title of every visible window of the process. */
    List<String> windowTitles() {
        return windows().stream().map(this::title).toList();
    }

    /** The first visible window of the process with the title, or empty if none shows before the timeout. */
    Optional<String> awaitWindowTitled(String title, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && (process.isAlive() || retryIfTheDisplayRefused())) {
            for (String window : windows()) {
                if (title.equals(title(window))) {
                    return Optional.of(window);
                }
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    /** The window's title as X shows it; SWT on GTK ends it with a space, which is not part of it. */
    String title(String window) {
        return String.join("\n", xdotool("getwindowname", window)).strip();
    }

    /** Chooses File > Exit with the keyboard: Alt+F opens the menu, X is Exit's mnemonic in both languages. */
    void exitThroughFileMenu(String window) throws InterruptedException {
        xdotool("windowfocus", "--sync", window);
        xdotool("key", "--clearmodifiers", "alt+f");
        Thread.sleep(700);
        xdotool("key", "x");
    }

    /** Presses a key (xdotool's name for it) in the window. */
    void press(String window, String key) {
        xdotool("windowfocus", "--sync", window);
        xdotool("key", "--clearmodifiers", key);
    }

    /** Types text (ASCII) into the window's focused field. */
    void type(String window, String text) {
        xdotool("windowfocus", "--sync", window);
        xdotool("type", "--delay", "40", text);
    }

    /**
     * The text on the display's clipboard, asked of whichever program holds it (the product, after a copy),
     * through this JVM's own X connection.
     */
    static String clipboardText() {
        try {
            return (String) java.awt.Toolkit.getDefaultToolkit().getSystemClipboard().getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        } catch (java.awt.datatransfer.UnsupportedFlavorException | IOException e) {
            throw new AssertionError("no text on the clipboard: " + e, e);
        }
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Every error entry (severity 4) of the workspace log and of the framework's early log files. */
    List<String> errorEntries() throws IOException {
        List<Path> logs = new ArrayList<>();
        logs.add(home.resolve("workspace/.metadata/.log"));
        Path configuration = home.resolve("configuration");
        if (Files.isDirectory(configuration)) {
            try (Stream<Path> files = Files.list(configuration)) {
                files.filter(f -> f.getFileName().toString().endsWith(".log")).forEach(logs::add);
            }
        }
        List<String> errors = new ArrayList<>();
        for (Path log : logs) {
            if (!Files.exists(log)) {
                continue;
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String[] entry = lines.get(i).split(" ");
                if (entry.length > 2 && entry[0].equals("!ENTRY") && entry[2].equals("4")) {
                    StringBuilder text = new StringBuilder(log.getFileName() + ": " + entry[1]);
                    for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank() && !lines.get(j).startsWith("!ENTRY"); j++) {
                        String line = lines.get(j).trim();
                        if (!line.startsWith("at ") && !line.startsWith("!STACK")) {
                            text.append(' ').append(line);
                        }
                    }
                    errors.add(text.toString());
                }
            }
        }
        return errors;
    }

    String output() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * What xdotool prints on its standard output. Its errors are left out: a window that closes while
     * {@code search} looks at it (a dialog, the splash) makes X report BadWindow there, which is no window id.
     */
    private static List<String> xdotool(String... args) {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(args));
        try {
            Process xdotool = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(xdotool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            xdotool.waitFor(10, TimeUnit.SECONDS);
            return out.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError("xdotool is needed to drive the product's window (apt-get install xdotool): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running xdotool", e);
        }
    }
}
