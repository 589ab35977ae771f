package org.garrison.internal.report.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.garrison.report.AnnualReportWriter;
import org.garrison.report.FigureCatalog;
import org.garrison.report.ReportRequest;
import org.garrison.report.ReportResult;
import org.garrison.report.ReportTexts;
import org.garrison.report.ReportTexts.Section;
import org.garrison.store.Store;
import org.garrison.store.StoreSession;

/**
 * Writes the report in the background with progress: stores the author's edited prose of the year
 * (one commit), computes the figures, writes the files, then offers to open them.
 */
final class WriteReportJob extends Job {

    static final Object FAMILY = new Object();
    private static final String PLUGIN_ID = "org.garrison.report.ui"; //$NON-NLS-1$

    private final Store store;
    private final int year;
    private final long scopeId;
    private final Path docx;
    private final Path pdf;
    private final Path appendix;
    private final Map<Section, String> prose;
    private volatile ReportResult result;

    private final java.time.LocalDate asOf;

    WriteReportJob(Store store, int year, java.time.LocalDate asOf, long scopeId, Path docx, Path pdf, Path appendix, Map<Section, String> prose) {
        super(NLS.bind(Messages.Job_name, year));
        this.store = store;
        this.year = year;
        this.asOf = asOf;
        this.scopeId = scopeId;
        this.docx = docx;
        this.pdf = pdf;
        this.appendix = appendix;
        this.prose = prose;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try (StoreSession session = store.openSession()) {
            var scope = ReportScopes.unit(session, scopeId);
            if (!prose.isEmpty()) {
                EObject texts = ReportTexts.forYear(session, year, scope);
                prose.forEach((section, text) -> texts.eSet(section.attribute(), text));
                session.commit();
            }
            result = new AnnualReportWriter(FigureCatalog.contributed()).write(session, new ReportRequest(year, asOf, scope, docx, pdf, appendix), monitor);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (Exception e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Job_failed, e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
        Display display = Display.getDefault();
        display.asyncExec(() -> new ReportWrittenDialog(display.getActiveShell(), year, result).open());
        return Status.OK_STATUS;
    }

    ReportResult result() {
        return result;
    }

    static String fileList(List<Path> files) {
        return files.stream().map(file -> file.toAbsolutePath().toString()).collect(Collectors.joining("\n")); //$NON-NLS-1$
    }
}
