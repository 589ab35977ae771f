package org.garrison.internal.report.ui;

import java.nio.file.Path;

import org.eclipse.jface.wizard.Wizard;
import org.garrison.report.ReportTexts.Section;
import org.garrison.store.Store;

/**
 * Writes the annual report: year, scope, formats and folder; then the author's prose, offered from
 * the stored year, else the previous year. Finish runs {@link WriteReportJob} with progress.
 */
public final class WriteReportWizard extends Wizard {

    private final Store store;
    private final ReportOptionsPage options;
    private final ReportProsePage prose;

    public WriteReportWizard(Store store) {
        this.store = store;
        this.options = new ReportOptionsPage(store);
        this.prose = new ReportProsePage(store, options);
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(options);
        addPage(prose);
    }

    @Override
    public boolean performFinish() {
        Path folder = options.folder();
        String base = options.baseName();
        WriteReportJob job = new WriteReportJob(store, options.year(), options.asOf(), options.scopeId(), folder.resolve(base + ".docx"), //$NON-NLS-1$
                options.pdf() ? folder.resolve(base + ".pdf") : null, //$NON-NLS-1$
                options.appendix() ? folder.resolve(base + "-" + org.garrison.internal.report.ReportMessages.Appendix_sheet + ".xlsx") : null, //$NON-NLS-1$ //$NON-NLS-2$
                prose.isLoaded() ? prose.texts() : java.util.Map.<Section, String>of());
        job.schedule();
        return true;
    }

    /** For the tests: the job the last Finish scheduled is found by its family. */
    public static Object jobFamily() {
        return WriteReportJob.FAMILY;
    }
}
