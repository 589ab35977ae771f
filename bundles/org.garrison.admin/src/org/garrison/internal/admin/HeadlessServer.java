package org.garrison.internal.admin;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.garrison.admin.AdminException;
import org.garrison.admin.DepartmentDatabase;
import org.garrison.admin.DepartmentServer;
import org.garrison.store.HeadlessConsole;
import org.garrison.store.StoreSettings;

/**
 * {@code garrison server start|stop|status|run --data DIR [--host ADDRESS] [--port N] [--backup-at HH:MM] [--keep N]}:
 * the department's server. {@code start} returns once the server answers (it runs on in a process of
 * its own, logging to the data folder); {@code run} stays in the foreground (for systemd). The boot
 * password comes from {@code GARRISON_BOOT_PASSWORD}. Exit codes: 0 done, 1 refused (the reason on
 * standard error), 3 for {@code status} when no server runs.
 */
public final class HeadlessServer implements IApplication {

    private static final String FOREGROUND = "foreground"; //$NON-NLS-1$
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Object start(IApplicationContext context) throws Exception {
        HeadlessConsole console = HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        List<String> arguments = CommandLine.arguments(context, "server"); //$NON-NLS-1$
        if (CommandLine.wantsUsage(arguments)) {
            out.println(AdminMessages.format("server.usage")); //$NON-NLS-1$
            return arguments.isEmpty() ? 1 : IApplication.EXIT_OK;
        }
        try {
            CommandLine line = new CommandLine(arguments, Set.of(FOREGROUND), System.getenv());
            DepartmentDatabase department = new DepartmentDatabase(Path.of(line.required("data"))); //$NON-NLS-1$
            InetAddress host = host(line);
            int port = line.port(StoreSettings.DEFAULT_PORT);
            String address = host.getHostAddress() + ':' + port;
            switch (line.requiredWord(0, "start|stop|status|run")) { //$NON-NLS-1$
                case "status" -> { //$NON-NLS-1$
                    if (DepartmentServer.isRunning(host, port)) {
                        out.println(AdminMessages.format("server.running", address, department.folder())); //$NON-NLS-1$
                        return IApplication.EXIT_OK;
                    }
                    out.println(AdminMessages.format("server.notRunning", address)); //$NON-NLS-1$
                    return 3;
                }
                case "stop" -> { //$NON-NLS-1$
                    department.requireExisting();
                    if (!DepartmentServer.isRunning(host, port)) {
                        err.println(AdminMessages.format("server.notRunning", address)); //$NON-NLS-1$
                        return 1;
                    }
                    DepartmentServer.stop(department, host, port);
                    for (int i = 0; i < 100 && DepartmentServer.isRunning(host, port); i++) {
                        Thread.sleep(100);
                    }
                    out.println(AdminMessages.format("server.stopped", address)); //$NON-NLS-1$
                    return IApplication.EXIT_OK;
                }
                case "run" -> { //$NON-NLS-1$
                    return run(line, department, host, port, out, err);
                }
                case "start" -> { //$NON-NLS-1$
                    return line.flag(FOREGROUND) ? run(line, department, host, port, out, err) : startInBackground(arguments, department, host, port, out, err);
                }
                default -> throw new IllegalArgumentException(AdminMessages.format("server.usage")); //$NON-NLS-1$
            }
        } catch (IllegalArgumentException | AdminException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static InetAddress host(CommandLine line) {
        String host = line.option("host"); //$NON-NLS-1$
        if (host == null) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(host.strip());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(AdminMessages.format("server.badHost", host), e); //$NON-NLS-1$
        }
    }

    private Object run(CommandLine line, DepartmentDatabase department, InetAddress host, int port, PrintStream out, PrintStream err)
            throws AdminException, InterruptedException {
        LocalTime backupAt = backupAt(line);
        int keep = keep(line);
        char[] bootPassword = line.secret("GARRISON_BOOT_PASSWORD", AdminMessages.format("prompt.bootPassword"), false); //$NON-NLS-1$ //$NON-NLS-2$
        PrintStream log = out;
        DepartmentServer server = DepartmentServer.start(new DepartmentServer.Options(department, host, port, backupAt, keep), bootPassword,
                message -> log.println(java.time.LocalDateTime.now().withNano(0) + " " + message)); //$NON-NLS-1$
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "garrison-server-stop"); //$NON-NLS-1$
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Files.writeString(department.folder().resolve("server.pid"), Long.toString(ProcessHandle.current().pid())); //$NON-NLS-1$
        } catch (IOException e) {
            err.println(e.getMessage());
        }
        out.println(AdminMessages.format("server.started", host.getHostAddress() + ':' + port, department.folder(), //$NON-NLS-1$
                backupAt == null ? AdminMessages.format("server.noBackups") : AdminMessages.format("server.backups", backupAt, keep))); //$NON-NLS-1$ //$NON-NLS-2$
        // Until garrison server stop or systemd sends its signal: the hook closes the database, then the JVM ends.
        stopped.await();
        out.println(AdminMessages.format("server.stopped", host.getHostAddress() + ':' + port)); //$NON-NLS-1$
        return IApplication.EXIT_OK;
    }

    /** The same command in the foreground, as a process of its own; answers once it serves, or with its reason when it could not. */
    private static Object startInBackground(List<String> arguments, DepartmentDatabase department, InetAddress host, int port, PrintStream out,
            PrintStream err) throws AdminException, IOException, InterruptedException {
        department.requireExisting();
        if (DepartmentServer.isRunning(host, port)) {
            err.println(AdminMessages.format("server.alreadyRunning", host.getHostAddress() + ':' + port)); //$NON-NLS-1$
            return 1;
        }
        ProcessHandle.Info self = ProcessHandle.current().info();
        List<String> command = new ArrayList<>();
        command.add(self.command().orElseThrow());
        command.addAll(Arrays.asList(self.arguments().orElseThrow()));
        command.add("--" + FOREGROUND); //$NON-NLS-1$
        Path output = department.folder().resolve("server.out"); //$NON-NLS-1$
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(output.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start(); //$NON-NLS-1$
        for (int i = 0; i < 1200; i++) {
            String said = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : ""; //$NON-NLS-1$
            if (!process.isAlive()) {
                err.println(said.strip());
                return 1;
            }
            if (DepartmentServer.isRunning(host, port) && said.contains(AdminMessages.format("server.startedMarker"))) { //$NON-NLS-1$
                out.println(said.strip());
                return IApplication.EXIT_OK;
            }
            Thread.sleep(100);
        }
        err.println(AdminMessages.format("server.slowStart", output)); //$NON-NLS-1$
        return 1;
    }

    private static LocalTime backupAt(CommandLine line) {
        String value = line.option("backup-at"); //$NON-NLS-1$
        if (value == null) {
            return LocalTime.of(2, 0);
        }
        if (value.equalsIgnoreCase("off")) { //$NON-NLS-1$
            return null;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(AdminMessages.format("server.badBackupTime", value), e); //$NON-NLS-1$
        }
    }

    private static int keep(CommandLine line) {
        String value = line.option("keep"); //$NON-NLS-1$
        if (value == null) {
            return 14;
        }
        try {
            int keep = Integer.parseInt(value.strip());
            if (keep >= 1) {
                return keep;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(AdminMessages.format("server.badKeep", value)); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        stopped.countDown();
    }
}
