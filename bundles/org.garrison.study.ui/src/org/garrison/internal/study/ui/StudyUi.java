package org.garrison.internal.study.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.garrison.model.study.StudyLedger;
import org.garrison.store.StoreSession;
import org.garrison.ui.editor.RecordEditorInput;

/** What the study area's editors and handlers share: today, the language, opening a record's editor. */
public final class StudyUi {

    public static final String SESSION_EDITOR = "org.garrison.study.sessionEditor"; //$NON-NLS-1$
    public static final String REGIME_CALENDAR = "org.garrison.study.regimeCalendar"; //$NON-NLS-1$
    public static final String READING_MATRIX = "org.garrison.study.readingMatrix"; //$NON-NLS-1$
    public static final String STATISTICS = "org.garrison.study.statistics"; //$NON-NLS-1$
    public static final String STUDY_LOG = "org.garrison.study.studyLog"; //$NON-NLS-1$

    private StudyUi() {
    }

    /** The day everything is counted as of; tests may fix it with -Dgarrison.today=YYYY-MM-DD. */
    public static LocalDate today() {
        String fixed = System.getProperty("garrison.today"); //$NON-NLS-1$
        return fixed == null || fixed.isBlank() ? LocalDate.now() : LocalDate.parse(fixed.strip());
    }

    public static Locale locale() {
        return Locale.getDefault();
    }

    /** Opens the stored record's editor; says so when the record is not stored (yet). */
    public static void open(IWorkbenchPage page, StoreSession session, EObject record, String name, String editorId) throws PartInitException {
        if (!RecordEditorInput.open(page, session, record, name, editorId)) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Study_title, Messages.Study_notSaved);
        }
    }

    /** Tells the user there is no study ledger to work on (a database without a district). */
    public static boolean check(Shell shell, StudyLedger ledger) {
        if (ledger == null) {
            MessageDialog.openInformation(shell, Messages.Study_title, Messages.Study_noLedger);
            return false;
        }
        return true;
    }
}
