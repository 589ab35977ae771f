package org.garrison.internal.mobilization;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.DatabaseInUseException;
import org.garrison.store.HeadlessConsole;
import org.garrison.store.HeadlessStores;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.StoreSettingsArguments;

/**
 * {@code garrison roster import FILE …} and {@code garrison roster export …}: the roster import and
 * the 人员花名册 without the workbench, on the same code as the wizard. Exit codes: 0 imported (or
 * would be, with --dry-run), 2 rows refused and nothing imported, 1 bad arguments or a file that
 * cannot be imported at all, 3 a workbench holds the embedded database.
 */
public final class HeadlessRoster implements IApplication {

    static final int REFUSED = 2;
    static final int IN_USE = 3;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        HeadlessConsole console = HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        String[] given = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> arguments = new ArrayList<>(given == null ? List.of() : Arrays.asList(given));
        if (!arguments.isEmpty() && arguments.get(0).equals("roster")) { //$NON-NLS-1$
            arguments.remove(0);
        }
        if (arguments.contains("--help") || arguments.isEmpty()) { //$NON-NLS-1$
            (arguments.isEmpty() ? err : out).println(Messages.Headless_usage);
            return arguments.isEmpty() ? 1 : IApplication.EXIT_OK;
        }
        try {
            return switch (arguments.get(0)) {
            case "import" -> importRoster(RosterArguments.parseImport(arguments.subList(1, arguments.size())), out); //$NON-NLS-1$
            case "export" -> exportRoster(RosterArguments.parseExport(arguments.subList(1, arguments.size())), out); //$NON-NLS-1$
            default -> throw new IllegalArgumentException(NLS.bind(Messages.Headless_unknownCommand, arguments.get(0)));
            };
        } catch (DatabaseInUseException e) {
            err.println(e.getMessage());
            return IN_USE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(Messages.Headless_usage);
            return 1;
        } catch (RosterImportException e) {
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(NLS.bind(Messages.Headless_failed, e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static int importRoster(RosterArguments.Import arguments, PrintStream out) throws Exception {
        if (!Files.isRegularFile(arguments.file())) {
            throw new IllegalArgumentException(NLS.bind(Messages.Headless_noFile, arguments.file()));
        }
        try (Store store = HeadlessStores.open(arguments.storeArguments(), HeadlessRoster.class); StoreSession session = store.openSession()) {
            Map<Integer, ImportField> mapping = RosterImport.guessMapping(RosterImport.header(arguments.file()));
            ImportPlan plan = RosterImport.plan(arguments.file(), mapping, arguments.placement(), session, new NullProgressMonitor());
            out.println(NLS.bind(Messages.Headless_summary, new Object[] { arguments.file().getFileName(), plan.rows().size(), plan.newMembers(),
                    plan.updatedMembers(), plan.unchangedMembers(), plan.refusedRows().size() }));
            if (!plan.newUnits().isEmpty()) {
                out.println(NLS.bind(Messages.Headless_newUnits, String.join(Messages.Import_listSeparator,
                        plan.newUnits().stream().map(RosterImport::unitLabel).toList())));
            }
            for (ImportPlan.Problem problem : plan.problems()) {
                out.println(NLS.bind(Messages.Headless_problem, new Object[] { problem.row(), problem.field(), problem.message() }));
            }
            if (arguments.problems() != null) {
                ProblemFiles.writeList(plan, arguments.problems());
                out.println(NLS.bind(Messages.Headless_written, arguments.problems()));
            }
            boolean refused = !plan.refusedRows().isEmpty();
            if (plan.validRows().isEmpty() && refused || refused && arguments.allOrNothing()) {
                out.println(Messages.Headless_nothingImported);
                return REFUSED;
            }
            if (arguments.dryRun()) {
                out.println(Messages.Headless_dryRun);
                return IApplication.EXIT_OK;
            }
            plan.importValidRows(new NullProgressMonitor());
            out.println(NLS.bind(Messages.Headless_imported, new Object[] { plan.newMembers(), plan.updatedMembers(), plan.unchangedMembers() }));
            return IApplication.EXIT_OK;
        }
    }

    private static int exportRoster(RosterArguments.Export arguments, PrintStream out) throws Exception {
        try (Store store = HeadlessStores.open(arguments.storeArguments(), HeadlessRoster.class); StoreSession session = store.openSession()) {
            List<MobilizationLedger> ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
            if (arguments.scope().isEmpty(ledgers)) {
                throw new IllegalArgumentException(NLS.bind(Messages.Headless_noScope, arguments.scope().town() != null ? arguments.scope().town()
                        : arguments.scope().unit()));
            }
            int rows = UnitRolls.write(arguments.roll(), ledgers, arguments.scope(), arguments.year(), arguments.file(), Locale.getDefault());
            out.println(NLS.bind(Messages.Headless_exported, rows, arguments.file()));
            return IApplication.EXIT_OK;
        }
    }

    @Override
    public void stop() {
        // an import is one commit: written whole or not at all
    }

    /** The store options every roster command takes, as the start script passes them. */
    static boolean isStoreOption(String argument) {
        return argument.equals(StoreSettingsArguments.DATA_FOLDER) || argument.equals(StoreSettingsArguments.SERVER)
                || argument.equals(StoreSettingsArguments.USER) || argument.equals(StoreSettingsArguments.USER_LONG);
    }
}
