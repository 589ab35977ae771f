package org.garrison.internal.report.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.garrison.store.Store;
import org.garrison.store.StoreException;
import org.garrison.store.StoreSession;

/** Year, scope (district or a town), formats and the folder to write into. */
final class ReportOptionsPage extends WizardPage {

    private final Store store;
    private Spinner year;
    private org.garrison.ui.editor.DateField asOf;
    private boolean asOfTyped;
    private Combo scope;
    private Button pdf;
    private Button appendix;
    private Text folder;
    private Label files;
    private ReportScopes scopes;

    ReportOptionsPage(Store store) {
        super("options"); //$NON-NLS-1$
        this.store = store;
        setTitle(Messages.Options_title);
        setDescription(Messages.Options_description);
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
        new Label(page, SWT.NONE).setText(Messages.Options_year);
        year = new Spinner(page, SWT.BORDER);
        year.setValues(ReportScopes.defaultYear(), 2000, 2100, 0, 1, 10);
        year.setData("name", "year"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.swtDefaults().span(2, 1).applyTo(year);
        new Label(page, SWT.NONE).setText(Messages.Options_asOf);
        asOf = new org.garrison.ui.editor.DateField(page);
        asOf.setData("name", "asOf"); //$NON-NLS-1$ //$NON-NLS-2$
        asOf.text().setText(org.garrison.ui.editor.DateTexts.format(org.garrison.report.FigureContext.defaultAsOf(year.getSelection(), java.time.LocalDate.now())));
        asOf.text().setToolTipText(Messages.Options_asOfHint);
        GridDataFactory.swtDefaults().span(2, 1).hint(140, SWT.DEFAULT).applyTo(asOf);
        asOf.text().addListener(SWT.KeyDown, event -> asOfTyped = true);
        asOf.onPicked(day -> {
            asOfTyped = true;
            update();
        });
        asOf.text().addListener(SWT.Modify, event -> update());
        new Label(page, SWT.NONE).setText(Messages.Options_scope);
        scope = new Combo(page, SWT.READ_ONLY);
        scope.setData("name", "scope"); //$NON-NLS-1$ //$NON-NLS-2$
        try (StoreSession session = store.openSession()) {
            scopes = ReportScopes.read(session);
        } catch (StoreException e) {
            scopes = new ReportScopes(java.util.List.of(0L), java.util.List.of(Messages.Options_district));
            setErrorMessage(e.getMessage());
        }
        scope.setItems(scopes.names().toArray(String[]::new));
        scope.select(0);
        GridDataFactory.swtDefaults().span(2, 1).hint(240, SWT.DEFAULT).applyTo(scope);
        new Label(page, SWT.NONE).setText(Messages.Options_formats);
        Button docx = new Button(page, SWT.CHECK);
        docx.setText(Messages.Options_docx);
        docx.setSelection(true);
        docx.setEnabled(false);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(docx);
        new Label(page, SWT.NONE);
        pdf = new Button(page, SWT.CHECK);
        pdf.setText(Messages.Options_pdf);
        pdf.setSelection(true);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(pdf);
        new Label(page, SWT.NONE);
        appendix = new Button(page, SWT.CHECK);
        appendix.setText(Messages.Options_appendix);
        appendix.setSelection(true);
        GridDataFactory.swtDefaults().span(2, 1).applyTo(appendix);
        new Label(page, SWT.NONE).setText(Messages.Options_folder);
        folder = new Text(page, SWT.BORDER);
        folder.setText(Path.of(System.getProperty("user.home"), Messages.Options_defaultFolder).toString()); //$NON-NLS-1$
        folder.setData("name", "folder"); //$NON-NLS-1$ //$NON-NLS-2$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
        Button browse = new Button(page, SWT.PUSH);
        browse.setText(Messages.Options_browse);
        browse.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(folder.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folder.setText(chosen);
            }
        });
        files = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).indent(0, 12).applyTo(files);
        year.addListener(SWT.Modify, event -> {
            if (!asOfTyped) {
                // the day follows the year until the user sets one: the year's end once over, else today
                asOf.text().setText(org.garrison.ui.editor.DateTexts.format(org.garrison.report.FigureContext.defaultAsOf(year.getSelection(), java.time.LocalDate.now())));
            }
            update();
        });
        scope.addListener(SWT.Selection, event -> update());
        folder.addListener(SWT.Modify, event -> update());
        pdf.addListener(SWT.Selection, event -> update());
        appendix.addListener(SWT.Selection, event -> update());
        update();
        setControl(page);
    }

    private void update() {
        boolean hasFolder = !folder.getText().isBlank();
        java.time.LocalDate day = asOf == null ? null : org.garrison.ui.editor.DateTexts.parse(asOf.text().getText());
        String dateProblem = day == null ? Messages.Options_asOfInvalid
                : day.getYear() < year.getSelection() ? NLS.bind(Messages.Options_asOfBeforeYear, year.getSelection()) : null;
        setErrorMessage(dateProblem != null ? dateProblem : hasFolder ? null : Messages.Options_folderMissing);
        StringBuilder names = new StringBuilder(baseName()).append(".docx"); //$NON-NLS-1$
        if (pdf.getSelection()) {
            names.append("、").append(baseName()).append(".pdf"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (appendix.getSelection()) {
            names.append("、").append(baseName()).append('-').append(org.garrison.internal.report.ReportMessages.Appendix_sheet).append(".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        files.setText(NLS.bind(Messages.Options_files, names));
        files.getParent().layout();
        setPageComplete(hasFolder && dateProblem == null);
    }

    /** The day the report is counted as of. */
    java.time.LocalDate asOf() {
        return org.garrison.ui.editor.DateTexts.parse(asOf.text().getText());
    }

    int year() {
        return year.getSelection();
    }

    long scopeId() {
        return scopes.ids().get(Math.max(0, scope.getSelectionIndex()));
    }

    String scopeName() {
        return scope.getText();
    }

    boolean pdf() {
        return pdf.getSelection();
    }

    boolean appendix() {
        return appendix.getSelection();
    }

    Path folder() {
        Path chosen = Path.of(folder.getText().trim());
        return Files.isDirectory(chosen) || !Files.exists(chosen) ? chosen : chosen.getParent();
    }

    /** {year}年度述职报告, with the town's name for a town's report. */
    String baseName() {
        String title = org.garrison.report.ReportTexts.defaultText(org.garrison.report.ReportTexts.Section.TITLE, year());
        return scopeId() == 0 ? title : scopeName() + title;
    }
}
