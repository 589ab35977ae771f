package org.garrison.internal.sample.headless;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.core.CorePackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.HeadlessStores;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettingsArguments;
import org.garrison.store.query.Query;

/**
 * {@code garrison sample [--size SMALL] [--today DATE] [--seed N]} with the store's own options: writes the
 * sample district into an empty database without the workbench, as written on {@code --today} (default
 * today): nothing after that day is held. For demonstration and training databases, a shared server's
 * included. Exit code 0 when written, 1 with the reason on standard error when not.
 */
public final class HeadlessSample implements IApplication {

    record Arguments(SampleSize size, LocalDate today, long seed, List<String> storeArguments) {

        static Arguments parse(List<String> arguments, LocalDate now) {
            SampleSize size = SampleSize.SMALL;
            LocalDate today = now;
            Long seed = null;
            List<String> store = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "sample" -> { //$NON-NLS-1$
                        // the command's own name, as the start script passes it
                    }
                    case "--size" -> { //$NON-NLS-1$
                        String value = value(arguments, i++);
                        size = Arrays.stream(SampleSize.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException(NLS.bind(SampleMessages.Headless_badSize, value)));
                    }
                    case "--today" -> { //$NON-NLS-1$
                        String value = value(arguments, i++);
                        try {
                            today = LocalDate.parse(value.strip());
                        } catch (DateTimeParseException e) {
                            throw new IllegalArgumentException(NLS.bind(SampleMessages.Headless_badDate, value), e);
                        }
                    }
                    case "--seed" -> { //$NON-NLS-1$
                        String value = value(arguments, i++);
                        try {
                            seed = Long.parseLong(value.strip());
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException(NLS.bind(SampleMessages.Headless_badSeed, value), e);
                        }
                    }
                    case StoreSettingsArguments.DATA_FOLDER, StoreSettingsArguments.SERVER, StoreSettingsArguments.USER, StoreSettingsArguments.USER_LONG -> {
                        store.add(argument);
                        store.add(value(arguments, i++));
                    }
                    default -> {
                        if (argument.startsWith("--")) { //$NON-NLS-1$
                            throw new IllegalArgumentException(NLS.bind(SampleMessages.Headless_unknownOption, argument));
                        }
                    }
                }
            }
            // the first start's seed: the year, so that the workbench and this command write the same district
            return new Arguments(size, today, seed != null ? seed : today.getYear(), List.copyOf(store));
        }

        private static String value(List<String> arguments, int at) {
            if (at + 1 >= arguments.size() || arguments.get(at + 1).startsWith("-")) { //$NON-NLS-1$
                throw new IllegalArgumentException(NLS.bind(SampleMessages.Headless_missingValue, arguments.get(at)));
            }
            return arguments.get(at + 1);
        }
    }

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        org.garrison.store.HeadlessConsole console = org.garrison.store.HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        if (given != null && Arrays.asList(given).contains("--help")) { //$NON-NLS-1$
            out.println(SampleMessages.Headless_usage);
            return IApplication.EXIT_OK;
        }
        try {
            Arguments arguments = Arguments.parse(given == null ? List.of() : Arrays.asList(given), LocalDate.now());
            try (Store store = HeadlessStores.open(arguments.storeArguments(), HeadlessSample.class); StoreSession session = store.openSession()) {
                if (session.count(Query.of(CorePackage.Literals.DISTRICT)) > 0) {
                    err.println(NLS.bind(SampleMessages.Headless_notEmpty, store.settings()));
                    return 1;
                }
                SampleDistrict.generate(arguments.seed(), arguments.size(), arguments.today()).roots().forEach(session::add);
                session.commit(new NullProgressMonitor());
                out.println(NLS.bind(SampleMessages.Headless_written, new Object[] { String.format(Locale.ROOT, "%,d", arguments.size().militiaMembers()), //$NON-NLS-1$
                        arguments.today(), store.settings() }));
            }
            return IApplication.EXIT_OK;
        } catch (org.garrison.store.DatabaseInUseException e) {
            err.println(e.getMessage());
            return 3; // a workbench holds the embedded database: nothing was written
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(SampleMessages.Headless_usage);
            return 1;
        } catch (Exception e) {
            err.println(NLS.bind(SampleMessages.Headless_failed, e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    @Override
    public void stop() {
        // the district is written to its end or not at all (one commit)
    }
}
