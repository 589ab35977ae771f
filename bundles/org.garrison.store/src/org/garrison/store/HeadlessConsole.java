package org.garrison.store;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The terminal of a headless command: its own lines in UTF-8 on standard output and standard error,
 * and nothing else. When the start script asks for quiet output ({@code garrison.headless.log}, left
 * out with {@code --verbose}), what libraries print straight to standard error — Derby's "Shutting down
 * due to severe error." when the disk fills — goes to that log file instead.
 */
public final class HeadlessConsole {

    private final PrintStream out;
    private final PrintStream err;

    private HeadlessConsole(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Takes the terminal for the command's own lines; call it first in the application's start. */
    public static HeadlessConsole take() {
        HeadlessConsole console = new HeadlessConsole(new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8));
        String log = System.getProperty("garrison.headless.log"); //$NON-NLS-1$
        if (log != null && !log.isBlank()) {
            try {
                System.setErr(new PrintStream(new FileOutputStream(log, true), true, StandardCharsets.UTF_8));
            } catch (IOException | SecurityException e) {
                // the home cannot be written: libraries keep the terminal rather than losing what they say
            }
        }
        return console;
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }
}
