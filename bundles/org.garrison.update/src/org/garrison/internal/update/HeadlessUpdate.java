package org.garrison.internal.update;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.garrison.store.HeadlessConsole;
import org.garrison.update.Feature;
import org.garrison.update.FeatureChange;
import org.garrison.update.Installation;
import org.garrison.update.UpdateException;
import org.garrison.update.UpdateSites;

/**
 * {@code garrison install|update|uninstall}: p2 on this installation for scripted roll-outs, on the same
 * {@link Installation} the workbench's 检查更新 and 安装新功能 use. Exit code 0 when done (or nothing to do),
 * 1 with the reason on standard error; nothing is changed then.
 */
public final class HeadlessUpdate implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        HeadlessConsole console = HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = new ArrayList<>(given == null ? List.of() : Arrays.asList(given));
        if (arguments.isEmpty() || arguments.contains("--help")) { //$NON-NLS-1$
            out.println(UpdateMessages.format("usage")); //$NON-NLS-1$
            return arguments.isEmpty() ? 1 : IApplication.EXIT_OK;
        }
        try {
            return run(arguments, out);
        } catch (IllegalArgumentException | UpdateException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    @Override
    public void stop() {
        // p2's plan runs to its end or is rolled back as a whole; there is nothing to interrupt
    }

    private static Object run(List<String> arguments, PrintStream out) throws UpdateException {
        String command = arguments.remove(0);
        List<URI> sites = new ArrayList<>();
        List<String> features = new ArrayList<>();
        boolean list = false;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--repository") || argument.equals("-repository")) { //$NON-NLS-1$ //$NON-NLS-2$
                if (i + 1 >= arguments.size()) {
                    throw new IllegalArgumentException(UpdateMessages.format("missingValue", argument)); //$NON-NLS-1$
                }
                sites.add(UpdateSites.parse(arguments.get(++i)));
            } else if (argument.equals("--list")) { //$NON-NLS-1$
                list = true;
            } else {
                features.add(argument);
            }
        }
        if (sites.isEmpty()) {
            sites.addAll(UpdateSites.preset());
        }
        Installation installation = Installation.running();
        NullProgressMonitor monitor = new NullProgressMonitor();
        switch (command) {
            case "install" -> { //$NON-NLS-1$
                if (list) {
                    out.println(UpdateMessages.format("installed.header", installation.folder())); //$NON-NLS-1$
                    installation.installed().forEach(feature -> out.println(UpdateMessages.format("installed.line", feature.id(), feature.name(), feature.version()))); //$NON-NLS-1$
                } else if (features.isEmpty()) {
                    listInstallable(installation, sites, out);
                } else {
                    for (FeatureChange change : installation.install(sites, features, monitor)) {
                        out.println(UpdateMessages.format("installed.done", change.after().name(), change.after().version())); //$NON-NLS-1$
                    }
                    out.println(UpdateMessages.format("restart.note")); //$NON-NLS-1$
                }
            }
            case "update" -> { //$NON-NLS-1$
                List<FeatureChange> changes = installation.update(sites, features, monitor);
                if (changes.isEmpty()) {
                    out.println(UpdateMessages.format("update.none")); //$NON-NLS-1$
                } else {
                    for (FeatureChange change : changes) {
                        out.println(UpdateMessages.format("updated.done", change.after().name(), change.before().version(), change.after().version())); //$NON-NLS-1$
                    }
                    out.println(UpdateMessages.format("restart.note")); //$NON-NLS-1$
                }
            }
            case "uninstall" -> { //$NON-NLS-1$
                if (features.isEmpty()) {
                    throw new IllegalArgumentException(UpdateMessages.format("uninstall.which", //$NON-NLS-1$
                            String.join(UpdateMessages.format("list.separator"), installation.installed().stream().map(Feature::id).toList()))); //$NON-NLS-1$
                }
                for (FeatureChange change : installation.uninstall(features, monitor)) {
                    out.println(UpdateMessages.format("uninstalled.done", change.before().name(), change.before().version())); //$NON-NLS-1$
                }
                out.println(UpdateMessages.format("restart.note")); //$NON-NLS-1$
            }
            default -> throw new IllegalArgumentException(UpdateMessages.format("unknownCommand", command, UpdateMessages.format("commands"))); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return IApplication.EXIT_OK;
    }

    private static void listInstallable(Installation installation, List<URI> sites, PrintStream out) throws UpdateException {
        List<Feature> installable = installation.installable(sites, new NullProgressMonitor());
        if (installable.isEmpty()) {
            out.println(UpdateMessages.format("installable.none")); //$NON-NLS-1$
            return;
        }
        out.println(UpdateMessages.format("installable.header")); //$NON-NLS-1$
        installable.forEach(feature -> out.println(UpdateMessages.format("installable.line", feature.id(), feature.name(), feature.version(), feature.description()))); //$NON-NLS-1$
        out.println(UpdateMessages.format("installable.hint")); //$NON-NLS-1$
    }
}
