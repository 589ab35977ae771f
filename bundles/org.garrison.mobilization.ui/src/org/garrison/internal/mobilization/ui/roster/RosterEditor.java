package org.garrison.internal.mobilization.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.mobilization.ui.Ledgers;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.CommitListener;
import org.garrison.store.StoreException;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.StoreEditorPart;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * The militia roster: every member of the district in one table, read in the background, filtered
 * and sorted by any column, edited in place (undo, save), exported and imported.
 */
public class RosterEditor extends StoreEditorPart {

    public static final String ID = "org.garrison.mobilization.rosterEditor"; //$NON-NLS-1$

    private RecordTable table;
    private Label summary;
    private List<MilitiaMember> members = List.of();
    private Job loading;
    private final CommitListener reloader = event -> {
        // a member's row shows the person's own fields too (name, phone): a change of either reads the roster afresh
        if (event.session() != session() && (event.touches(MobilizationPackage.Literals.MILITIA_MEMBER)
                || event.touches(org.garrison.model.core.CorePackage.Literals.PERSON)) && summary != null && !summary.isDisposed()) {
            summary.getDisplay().asyncExec(this::reloadIfUnchanged);
        }
    };

    @Override
    protected void opened(IEditorInput input) {
        // the members are read in the background once the table is there (createPartControl)
    }


    /** The mobilization area's records: read-only for a user without the 动员 role. */
    @Override
    protected org.eclipse.emf.ecore.EClass changedClass(org.eclipse.ui.IEditorInput input) {
        return org.garrison.model.mobilization.MobilizationPackage.Literals.MOBILIZATION_LEDGER;
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(6, 4).spacing(0, 4).applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        summary.setText(Messages.Roster_loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        table = new RecordTable(parent, RosterColumns.of(items(), LocalDate.now()), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.natTable());
        table.natTable().setToolTipText(Messages.Roster_hint);
        table.addOpenListener(this::openMember);
        table.addShownListener(this::updateSummary);
        TableMenu.attach(table, getSite(), Messages.Roster_sheetName);
        installGlobalActions();
        load();
        GarrisonUI.getStore().addCommitListener(reloader);
    }

    /** After someone's commit (an import, another editor) the roster reads afresh, unless it holds unsaved edits. */
    private void reloadIfUnchanged() {
        if (summary.isDisposed() || isDirty() || loading.getState() != Job.NONE) {
            return;
        }
        domain().getCommandStack().flush();
        session().rollback();
        summary.setText(Messages.Roster_loading);
        load();
    }

    /** Reads the district (persons, organizations) and the mobilization ledger, then shows every member. */
    private void load() {
        loading = Job.create(Messages.Roster_loading, monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, Messages.Roster_loading, 3);
            try {
                List<MobilizationLedger> ledgers = Ledgers.read(session());
                progress.worked(2);
                List<MilitiaMember> read = new ArrayList<>();
                for (MobilizationLedger ledger : ledgers) {
                    ledger.getUnits().forEach(unit -> collect(unit, read));
                }
                progress.worked(1);
                if (!summary.isDisposed()) {
                    summary.getDisplay().asyncExec(() -> show(read));
                }
                return Status.OK_STATUS;
            } catch (StoreException e) {
                return new Status(IStatus.ERROR, GarrisonUI.PLUGIN_ID, NLS.bind(Messages.Roster_loadFailed, e.getMessage()), e);
            }
        });
        loading.setUser(false);
        loading.schedule();
    }

    private static void collect(MilitiaUnit unit, List<MilitiaMember> into) {
        into.addAll(unit.getMembers());
        unit.getSubUnits().forEach(sub -> collect(sub, into));
    }

    private void show(List<MilitiaMember> read) {
        if (table.natTable().isDisposed()) {
            return;
        }
        members = read;
        table.setRows(read);
    }

    private void updateSummary() {
        if (summary.isDisposed()) {
            return;
        }
        long core = members.stream().filter(m -> m.getCategory() == MilitiaCategory.CORE).count();
        summary.setText(NLS.bind(Messages.Roster_summary, new Object[] { members.size(), core, members.size() - core, table.shownRows().size() }));
        summary.getParent().layout(true);
    }

    private void openMember(EObject row) {
        session().idOf(row).ifPresent(id -> {
            try {
                getSite().getPage().openEditor(new RecordEditorInput(id, row.eClass(), table.text(((MilitiaMember) row).getPerson())),
                        "org.garrison.ui.recordEditor"); //$NON-NLS-1$
            } catch (PartInitException e) {
                org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
            }
        });
    }

    @Override
    protected void commandStackChanged() {
        table.refresh();
        updateSummary();
    }

    @Override
    protected void reverted() {
        table.refresh();
    }

    /** The roster's table (tests, the import). */
    public RecordTable table() {
        return table;
    }

    /** The members read, once loading is done. */
    public List<MilitiaMember> members() {
        return members;
    }

    /** Waits until the members are read (tests, benchmarks). */
    public void joinLoading(IProgressMonitor monitor) throws InterruptedException {
        loading.join(0, monitor);
    }

    @Override
    public void dispose() {
        if (GarrisonUI.getStore() != null) {
            GarrisonUI.getStore().removeCommitListener(reloader);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        table.natTable().setFocus();
    }
}
