package org.garrison.internal.ui.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * One workbench per data folder: the workbench that holds an embedded database listens on a loopback
 * port named (with a secret) in a file beside the database; a second start on the same folder asks it
 * to bring its window to the front and ends, instead of opening a second window.
 */
public final class RunningWorkbench {

    static final String FILE = ".garrison-running"; //$NON-NLS-1$
    private static final String OK = "ok"; //$NON-NLS-1$
    private static final int TIMEOUT_MILLIS = 3000;

    private final ServerSocket server;
    private final Path file;

    private RunningWorkbench(ServerSocket server, Path file) {
        this.server = server;
        this.file = file;
    }

    /** Listens for a second start on the folder; answers null (and nothing changes) when it cannot. */
    public static RunningWorkbench listen(Path folder, Display display) {
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String secret = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
            Path file = folder.resolve(FILE);
            Files.writeString(file, server.getLocalPort() + " " + secret + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
            RunningWorkbench running = new RunningWorkbench(server, file);
            Thread listener = new Thread(() -> running.serve(secret, display), "Garrison: second start"); //$NON-NLS-1$
            listener.setDaemon(true);
            listener.start();
            return running;
        } catch (IOException e) {
            return null;
        }
    }

    private void serve(String secret, Display display) {
        while (!server.isClosed()) {
            try (Socket caller = server.accept()) {
                caller.setSoTimeout(TIMEOUT_MILLIS);
                String asked = new BufferedReader(new InputStreamReader(caller.getInputStream(), StandardCharsets.UTF_8)).readLine();
                if (secret.equals(asked) && !display.isDisposed()) {
                    display.asyncExec(RunningWorkbench::toFront);
                    Writer answer = new OutputStreamWriter(caller.getOutputStream(), StandardCharsets.UTF_8);
                    answer.write(OK + "\n"); //$NON-NLS-1$
                    answer.flush();
                }
            } catch (IOException e) {
                // a caller that went away, or the listener closed as the workbench ends
            }
        }
    }

    private static void toFront() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
            window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
        }
        if (window != null) {
            Shell shell = window.getShell();
            shell.setMinimized(false);
            shell.forceActive();
        }
    }

    /** Asks the workbench running on the folder to come to the front; true when it answered. */
    public static boolean bringToFront(Path folder) {
        Path file = folder.resolve(FILE);
        try {
            List<String> parts = List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split(" ")); //$NON-NLS-1$
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                Writer ask = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
                ask.write(parts.get(1) + "\n"); //$NON-NLS-1$
                ask.flush();
                return OK.equals(new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine());
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Stops listening and removes the file (the workbench ends). */
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the file stays; the next start finds nobody listening and opens normally
        }
    }
}
