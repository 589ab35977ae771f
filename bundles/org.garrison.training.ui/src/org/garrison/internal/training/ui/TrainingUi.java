package org.garrison.internal.training.ui;

import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;

/** What the training area's editors and handlers share: today, the language, the editors' ids, opening a record. */
public final class TrainingUi {

    public static final String BATCH_EDITOR = "org.garrison.training.batchEditor"; //$NON-NLS-1$
    public static final String PLAN_EDITOR = "org.garrison.training.planEditor"; //$NON-NLS-1$
    public static final String SCHEDULE = "org.garrison.training.schedule"; //$NON-NLS-1$
    public static final String COVERAGE = "org.garrison.training.coverage"; //$NON-NLS-1$
    public static final String STATISTICS = "org.garrison.training.statistics"; //$NON-NLS-1$

    private TrainingUi() {
    }

    public static LocalDate today() {
        return GarrisonUI.today();
    }

    public static Locale locale() {
        return Locale.getDefault();
    }

    /** Opens the stored record's editor; says so when the record is not stored (yet). */
    public static void open(IWorkbenchPage page, StoreSession session, EObject record, String name, String editorId) throws PartInitException {
        if (!RecordEditorInput.open(page, session, record, name, editorId)) {
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Training_title, Messages.Training_notSaved);
        }
    }
}
