package org.garrison.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.garrison.internal.report.ReportMessages;
import org.garrison.internal.report.document.AppendixWriter;
import org.garrison.internal.report.document.CjkFonts;
import org.garrison.internal.report.document.DocxRenderer;
import org.garrison.internal.report.document.PdfRenderer;
import org.garrison.internal.report.document.ReportBlock;
import org.garrison.internal.report.document.ReportComposer;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/**
 * Writes the year's report from the records: computes every figure of the catalogue in the
 * database, lays out the template with the author's stored prose (starting the year's prose from
 * the previous year's when there is none, and storing it), and writes .docx, .pdf and the appendix.
 */
public final class AnnualReportWriter {

    private final FigureCatalog catalog;

    public AnnualReportWriter(FigureCatalog catalog) {
        this.catalog = catalog;
    }

    public ReportResult write(StoreSession session, ReportRequest request, IProgressMonitor monitor) throws StoreException, IOException {
        SubMonitor progress = SubMonitor.convert(monitor, ReportMessages.Report_task, 100);
        FigureContext context = new FigureContext(session, request.year(), request.scope(), request.countedAsOf());
        progress.subTask(ReportMessages.Report_figures);
        Map<String, FigureValue> values = catalog.compute(context, progress.split(40));
        EObject texts = ReportTexts.forYear(session, request.year(), request.scope());
        if (session.hasChanges()) {
            session.commit();
        }
        ReportComposer composer = new ReportComposer(catalog, values, context.isYearOver() ? null : context.asOf());
        List<ReportBlock> blocks = composer.compose(texts);
        checkCanceled(progress);

        List<Path> files = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        progress.subTask(NLS.bind(ReportMessages.Report_writing, request.docx().getFileName()));
        createParent(request.docx());
        new DocxRenderer().write(blocks, request.docx());
        files.add(request.docx());
        progress.worked(15);
        if (request.pdf() != null) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(ReportMessages.Report_writing, request.pdf().getFileName()));
            createParent(request.pdf());
            PdfRenderer pdf = new PdfRenderer(CjkFonts.installed());
            pdf.write(blocks, request.pdf(), ReportMessages.Report_noChineseFont, ReportMessages.Report_fontSubstituted);
            notes.addAll(pdf.substitutions());
            files.add(request.pdf());
        }
        progress.setWorkRemaining(30);
        if (request.appendix() != null) {
            checkCanceled(progress);
            progress.subTask(NLS.bind(ReportMessages.Report_writing, request.appendix().getFileName()));
            createParent(request.appendix());
            new AppendixWriter().write(catalog, values, context, request.appendix(), progress.split(30));
            files.add(request.appendix());
        }
        return new ReportResult(List.copyOf(files), values, composer.printedFigures(), List.copyOf(notes));
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    private static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
