package org.garrison.internal.admin;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.garrison.admin.AdminException;
import org.garrison.admin.Administration;
import org.garrison.admin.DepartmentDatabase;
import org.garrison.admin.UserAccount;
import org.garrison.store.HeadlessConsole;
import org.garrison.store.Role;
import org.garrison.store.StoreSettings;
import org.garrison.store.StoreSettingsArguments;

/**
 * {@code garrison admin …}: the department's database as its administrator runs it, headless, on the
 * API a UI would use ({@link DepartmentDatabase}, {@link Administration}). Passwords come from
 * environment variables or the terminal, never the command line. Exit code 0 when done, 1 with the
 * reason on standard error, 2 when {@code verify} or {@code restore} found damaged tables.
 */
public final class HeadlessAdmin implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        HeadlessConsole console = HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        List<String> arguments = CommandLine.arguments(context, "admin"); //$NON-NLS-1$
        if (CommandLine.wantsUsage(arguments)) {
            out.println(AdminMessages.format("admin.usage")); //$NON-NLS-1$
            return arguments.isEmpty() ? 1 : IApplication.EXIT_OK;
        }
        try {
            return run(new CommandLine(arguments, Set.of(), System.getenv()), out);
        } catch (IllegalArgumentException | AdminException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static Object run(CommandLine line, PrintStream out) throws AdminException {
        String command = line.requiredWord(0, AdminMessages.format("admin.commands")); //$NON-NLS-1$
        switch (command) {
            case "create" -> { //$NON-NLS-1$
                DepartmentDatabase department = new DepartmentDatabase(Path.of(line.required("data"))); //$NON-NLS-1$
                String administrator = line.required("admin"); //$NON-NLS-1$
                char[] password = line.secret("GARRISON_ADMIN_PASSWORD", AdminMessages.format("prompt.adminPassword", administrator), true); //$NON-NLS-1$ //$NON-NLS-2$
                char[] bootPassword = line.secret("GARRISON_BOOT_PASSWORD", AdminMessages.format("prompt.bootPassword"), true); //$NON-NLS-1$ //$NON-NLS-2$
                String serverName = line.option("server-name"); //$NON-NLS-1$
                department.create(administrator, password, bootPassword, serverName);
                out.println(AdminMessages.format("create.done", department.database(), administrator.toUpperCase(java.util.Locale.ROOT), //$NON-NLS-1$
                        department.trustStore()));
                return IApplication.EXIT_OK;
            }
            case "restore" -> { //$NON-NLS-1$
                DepartmentDatabase department = new DepartmentDatabase(Path.of(line.required("data"))); //$NON-NLS-1$
                Path backup = Path.of(line.required("backup")); //$NON-NLS-1$
                String administrator = line.required("admin"); //$NON-NLS-1$
                char[] password = line.secret(StoreSettingsArguments.PASSWORD_VARIABLE, AdminMessages.format("prompt.adminPassword", administrator), false); //$NON-NLS-1$
                char[] bootPassword = line.secret("GARRISON_BOOT_PASSWORD", AdminMessages.format("prompt.bootPassword"), false); //$NON-NLS-1$ //$NON-NLS-2$
                List<String> problems = department.restore(backup, administrator, password, bootPassword);
                problems.forEach(out::println);
                out.println(AdminMessages.format(problems.isEmpty() ? "restore.done" : "restore.damaged", backup, department.database(), problems.size())); //$NON-NLS-1$ //$NON-NLS-2$
                return problems.isEmpty() ? IApplication.EXIT_OK : 2;
            }
            case "password" -> { //$NON-NLS-1$
                StoreSettings.Server settings = server(line);
                char[] newPassword = line.secret("GARRISON_NEW_PASSWORD", AdminMessages.format("prompt.newPassword", settings.user()), true); //$NON-NLS-1$ //$NON-NLS-2$
                Administration.changeOwnPassword(settings, newPassword);
                out.println(AdminMessages.format("password.changed", settings.user())); //$NON-NLS-1$
                return IApplication.EXIT_OK;
            }
            default -> {
                try (Administration administration = Administration.connect(server(line))) {
                    return manage(command, line, administration, out);
                }
            }
        }
    }

    private static Object manage(String command, CommandLine line, Administration administration, PrintStream out) throws AdminException {
        switch (command) {
            case "users" -> { //$NON-NLS-1$
                for (UserAccount user : administration.users()) {
                    out.println(AdminMessages.format("users.line", user.name(), //$NON-NLS-1$
                            user.owner() ? Role.ADMINISTRATOR.label() : labels(user.roles()),
                            AdminMessages.format(user.enabled() ? "users.enabled" : "users.disabled"))); //$NON-NLS-1$ //$NON-NLS-2$
                }
                return IApplication.EXIT_OK;
            }
            case "who" -> { //$NON-NLS-1$
                Set<String> users = administration.connectedUsers();
                out.println(AdminMessages.format("who.line", users.size(), String.join(", ", users))); //$NON-NLS-1$ //$NON-NLS-2$
                return IApplication.EXIT_OK;
            }
            case "verify" -> { //$NON-NLS-1$
                List<String> problems = administration.verify();
                problems.forEach(out::println);
                out.println(AdminMessages.format(problems.isEmpty() ? "verify.sound" : "verify.damaged", administration.tableCount(), problems.size())); //$NON-NLS-1$ //$NON-NLS-2$
                return problems.isEmpty() ? IApplication.EXIT_OK : 2;
            }
            case "backup" -> { //$NON-NLS-1$
                DepartmentDatabase department = new DepartmentDatabase(Path.of(line.required("data"))); //$NON-NLS-1$
                out.println(AdminMessages.format("backup.made", administration.backup(department))); //$NON-NLS-1$
                return IApplication.EXIT_OK;
            }
            case "user" -> { //$NON-NLS-1$
                return user(line, administration, out);
            }
            default -> throw new IllegalArgumentException(AdminMessages.format("admin.unknownCommand", command, AdminMessages.format("admin.commands"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static Object user(CommandLine line, Administration administration, PrintStream out) throws AdminException {
        String action = line.requiredWord(1, "add|roles|disable|enable|remove|password"); //$NON-NLS-1$
        String name = line.requiredWord(2, AdminMessages.format("arguments.userName")); //$NON-NLS-1$
        switch (action) {
            case "add" -> { //$NON-NLS-1$
                Set<Role> roles = roles(line.option("roles")); //$NON-NLS-1$
                char[] password = line.secret("GARRISON_NEW_PASSWORD", AdminMessages.format("prompt.newPassword", name), true); //$NON-NLS-1$ //$NON-NLS-2$
                administration.addUser(name, password, roles);
                out.println(AdminMessages.format("user.added", name.toUpperCase(java.util.Locale.ROOT), labels(roles))); //$NON-NLS-1$
            }
            case "roles" -> { //$NON-NLS-1$
                Set<Role> roles = roles(line.word(3) != null ? line.word(3) : line.option("roles")); //$NON-NLS-1$
                administration.setRoles(name, roles);
                out.println(AdminMessages.format("user.rolesSet", name.toUpperCase(java.util.Locale.ROOT), labels(roles))); //$NON-NLS-1$
            }
            case "disable", "enable" -> { //$NON-NLS-1$ //$NON-NLS-2$
                boolean enable = action.equals("enable"); //$NON-NLS-1$
                administration.setEnabled(name, enable);
                out.println(AdminMessages.format(enable ? "user.enabled" : "user.disabled", name.toUpperCase(java.util.Locale.ROOT))); //$NON-NLS-1$ //$NON-NLS-2$
            }
            case "remove" -> { //$NON-NLS-1$
                administration.remove(name);
                out.println(AdminMessages.format("user.removed", name.toUpperCase(java.util.Locale.ROOT))); //$NON-NLS-1$
            }
            case "password" -> { //$NON-NLS-1$
                char[] password = line.secret("GARRISON_NEW_PASSWORD", AdminMessages.format("prompt.newPassword", name), true); //$NON-NLS-1$ //$NON-NLS-2$
                administration.resetPassword(name, password);
                out.println(AdminMessages.format("user.passwordReset", name.toUpperCase(java.util.Locale.ROOT))); //$NON-NLS-1$
            }
            default -> throw new IllegalArgumentException(AdminMessages.format("admin.usage")); //$NON-NLS-1$
        }
        return IApplication.EXIT_OK;
    }

    /** {@code 军事,政工} or {@code training,study}; none at all is a user who reads nothing. */
    private static Set<Role> roles(String list) {
        Set<Role> roles = new LinkedHashSet<>();
        if (list != null) {
            for (String name : list.split("[,，、]")) { //$NON-NLS-1$
                if (!name.isBlank()) {
                    roles.add(Role.named(name));
                }
            }
        }
        return roles;
    }

    private static String labels(Set<Role> roles) {
        return roles.isEmpty() ? AdminMessages.format("users.noRoles") : String.join(AdminMessages.format("list.separator"), roles.stream().map(Role::label).toList()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The server and administrator the command line names: {@code -server HOST[:PORT]/DATABASE} (this machine by default) and {@code -user}. */
    private static StoreSettings.Server server(CommandLine line) {
        String address = line.option("server"); //$NON-NLS-1$
        String user = line.required("user"); //$NON-NLS-1$
        StoreSettings.Server server = StoreSettingsArguments.server(address == null ? "127.0.0.1:" + StoreSettings.DEFAULT_PORT + "/" + DepartmentDatabase.NAME : address, //$NON-NLS-1$ //$NON-NLS-2$
                user, null);
        return server.withPassword(line.secret(StoreSettingsArguments.PASSWORD_VARIABLE, AdminMessages.format("prompt.password", user), false)); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        // each command is one transaction, done or not
    }
}
