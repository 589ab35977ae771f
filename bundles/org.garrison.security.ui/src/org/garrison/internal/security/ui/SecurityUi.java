package org.garrison.internal.security.ui;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.garrison.model.core.Person;
import org.garrison.model.security.SecurityLedger;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;

/** What the security area's editors and handlers share: today, the language, the editors' ids, the colours of due and overdue, opening a record. */
public final class SecurityUi {

    public static final String DUE_LIST = "org.garrison.security.dueList"; //$NON-NLS-1$
    public static final String REGISTER = "org.garrison.security.register"; //$NON-NLS-1$
    public static final String ASSET_EDITOR = "org.garrison.security.assetEditor"; //$NON-NLS-1$
    public static final String INSPECTION_EDITOR = "org.garrison.security.inspectionEditor"; //$NON-NLS-1$
    public static final String HAZARD_EDITOR = "org.garrison.security.hazardEditor"; //$NON-NLS-1$
    public static final String HAZARD_BOARD = "org.garrison.security.hazardBoard"; //$NON-NLS-1$
    public static final String ACTIVITIES = "org.garrison.security.activities"; //$NON-NLS-1$
    public static final String STATISTICS = "org.garrison.security.statistics"; //$NON-NLS-1$
    /** The workbench's editor of any record (plans, trips, linked units). */
    public static final String DEFAULT_EDITOR = "org.garrison.ui.recordEditor"; //$NON-NLS-1$
    public static final String DRILL_EDITOR = "org.garrison.security.drillEditor"; //$NON-NLS-1$

    /** Overdue, missing: red. */
    public static final RGB RED = new RGB(0xf4, 0xc7, 0xc3);
    /** Due today or this week, open this quarter: amber. */
    public static final RGB AMBER = new RGB(0xfc, 0xe8, 0xb2);
    /** Overdue in charts. */
    public static final RGB RED_STRONG = new RGB(0xE5, 0x39, 0x35);
    /** Held, done: green. */
    public static final RGB GREEN = new RGB(0xcd, 0xeb, 0xc5);

    private SecurityUi() {
    }

    public static LocalDate today() {
        return GarrisonUI.today();
    }

    public static Locale locale() {
        return Locale.getDefault();
    }

    /** The persons the ledger names (assets' and plans' responsible persons, hazards' owners, who rectified and accepted): the office's staff. */
    public static List<Person> staff(SecurityLedger ledger) {
        Set<Person> staff = new LinkedHashSet<>();
        ledger.getAssets().forEach(asset -> {
            staff.add(asset.getResponsible());
            asset.getPlans().forEach(plan -> staff.add(plan.getResponsible()));
        });
        ledger.getCategoryPlans().forEach(plan -> staff.add(plan.getResponsible()));
        ledger.getHazards().forEach(hazard -> {
            staff.add(hazard.getOwner());
            staff.add(hazard.getRectifiedBy());
            staff.add(hazard.getAcceptedBy());
        });
        staff.remove(null);
        return staff.stream().sorted(java.util.Comparator.comparing(person -> person.getName() == null ? "" : person.getName())).toList(); //$NON-NLS-1$
    }

    /** Writes a file (a workbook, a register). */
    public interface Writing {
        void write() throws java.io.IOException;
    }

    /** Writes the file in a user Job (progress, and the reason in the error dialog when it cannot); answers the Job. */
    public static org.eclipse.core.runtime.jobs.Job write(java.nio.file.Path file, Writing writing) {
        org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(
                org.eclipse.osgi.util.NLS.bind(Messages.Security_writing, file.getFileName()), monitor -> {
                    try {
                        writing.write();
                        return org.eclipse.core.runtime.Status.OK_STATUS;
                    } catch (java.io.IOException e) {
                        return new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, "org.garrison.security.ui", //$NON-NLS-1$
                                org.eclipse.osgi.util.NLS.bind(Messages.Security_writeFailed, file, e.getMessage()), e);
                    }
                });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Opens the stored record's editor; says so when the record is not stored (yet). */
    public static void open(IWorkbenchPage page, StoreSession session, EObject record, String name, String editorId) {
        try {
            if (!RecordEditorInput.open(page, session, record, name, editorId)) {
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.Security_title, Messages.Security_notSaved);
            }
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Security_title, e.getMessage());
        }
    }
}
