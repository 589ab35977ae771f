package org.garrison.internal.report.headless;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.report.ReportMessages;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.FigureCatalog;
import org.garrison.report.ReportRequest;
import org.garrison.report.ReportResult;
import org.garrison.store.HeadlessStores;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.Query;

/**
 * {@code garrison report …}: writes the annual report without opening the workbench, on the
 * embedded database in the Garrison home (or {@code -data-folder}, or {@code -server}). Exit code 0
 * when written, 1 with the reason on standard error when not.
 */
public final class HeadlessReport implements IApplication {

    /** The exit code when a workbench holds the embedded database: nothing was read or written. */
    public static final int IN_USE = 3;

    @Override
    public Object start(IApplicationContext context) throws Exception {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        org.garrison.store.HeadlessConsole console = org.garrison.store.HeadlessConsole.take();
        PrintStream out = console.out();
        PrintStream err = console.err();
        context.applicationRunning();
        List<String> given = arguments == null ? List.of() : Arrays.asList(arguments);
        if (given.contains("--help")) { //$NON-NLS-1$
            out.println(ReportMessages.Headless_usage);
            return IApplication.EXIT_OK;
        }
        try {
            return run(given, out);
        } catch (org.garrison.store.DatabaseInUseException e) {
            err.println(e.getMessage());
            return IN_USE;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(ReportMessages.Headless_usage);
            return 1;
        } catch (Exception e) {
            err.println(NLS.bind(ReportMessages.Headless_failed, e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static Integer run(List<String> arguments, PrintStream out) throws Exception {
        ReportArguments report = ReportArguments.parse(arguments);
        try (Store store = HeadlessStores.open(report.storeArguments(), HeadlessReport.class); StoreSession session = store.openSession()) {
            OrgUnit scope = report.town() == null ? null : town(session, report.town());
            if (report.figures() != null) {
                FigureCatalog catalog = FigureCatalog.contributed();
                org.garrison.report.FigureContext figures = new org.garrison.report.FigureContext(session, report.year(), scope,
                        report.asOf() != null ? report.asOf() : org.garrison.report.FigureContext.defaultAsOf(report.year(), java.time.LocalDate.now()));
                FiguresCsv.write(catalog, catalog.compute(figures, new NullProgressMonitor()), figures, report.figures(), java.util.Locale.getDefault());
                out.println(NLS.bind(ReportMessages.Headless_written, report.figures().toAbsolutePath()));
                if (report.docx() == null) {
                    return IApplication.EXIT_OK;
                }
            }
            ReportResult result = new AnnualReportWriter(FigureCatalog.contributed()).write(session,
                    new ReportRequest(report.year(), report.asOf(), scope, report.docx(), report.pdf(), report.appendix()), new NullProgressMonitor());
            for (Path file : result.files()) {
                out.println(NLS.bind(ReportMessages.Headless_written, file.toAbsolutePath()));
            }
            result.notes().forEach(note -> out.println(NLS.bind(ReportMessages.Headless_note, note)));
            out.println(NLS.bind(ReportMessages.Headless_figures, result.values().size(), result.printedFigures().size()));
        }
        return IApplication.EXIT_OK;
    }

    private static OrgUnit town(StoreSession session, String name) throws Exception {
        CorePackage core = CorePackage.eINSTANCE;
        List<OrgUnit> towns = session.list(Query.of(core.getOrgUnit())
                .where(Condition.in(core.getOrgUnit_Level(), List.of(OrgUnitLevel.TOWN, OrgUnitLevel.SUBDISTRICT))).orderBy(core.getOrgUnit_Name(), true));
        return towns.stream().filter(town -> name.equals(town.getName())).findFirst().orElseThrow(() -> new IllegalArgumentException(
                NLS.bind(ReportMessages.Headless_noTown, name, towns.stream().map(OrgUnit::getName).collect(Collectors.joining("、"))))); //$NON-NLS-1$
    }

    @Override
    public void stop() {
        // The report runs to its end; nothing to interrupt.
    }
}
