package org.garrison.internal.mobilization.ui.units;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.mobilization.ui.Ledgers;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.core.District;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.store.StoreException;
import org.garrison.store.CommitListener;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.StoreEditorPart;
import org.garrison.ui.table.RecordColumn;

/**
 * The district's organization and its militia: towns, their villages, communities and enterprises,
 * and under each the militia units (battalion, company, platoon, squad; emergency and specialist
 * units) with their commanders, members and the core/ordinary split. A unit opens in its editor;
 * the tree reads afresh after every commit.
 */
public class UnitTreeEditor extends StoreEditorPart {

    public static final String ID = "org.garrison.mobilization.unitTreeEditor"; //$NON-NLS-1$

    private District district;
    private final Map<OrgUnit, List<MilitiaUnit>> unitsOf = new HashMap<>();
    private TreeViewer tree;
    private Label summary;
    private final CommitListener reader = event -> {
        if (event.session() != session() && tree != null && !tree.getControl().isDisposed()) {
            tree.getControl().getDisplay().asyncExec(this::reread);
        }
    };

    @Override
    protected void opened(IEditorInput input) throws PartInitException {
        try {
            read();
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
    }

    private void read() throws StoreException {
        unitsOf.clear();
        List<MobilizationLedger> ledgers = Ledgers.read(session());
        district = ledgers.isEmpty() ? null : ledgers.get(0).getDistrict();
        for (MobilizationLedger ledger : ledgers) {
            for (MilitiaUnit unit : ledger.getUnits()) {
                unitsOf.computeIfAbsent(unit.getOrgUnit(), org -> new ArrayList<>()).add(unit);
            }
        }
    }

    private void reread() {
        if (tree.getControl().isDisposed()) {
            return;
        }
        session().rollback();
        try {
            read();
        } catch (StoreException e) {
            summary.setText(e.getMessage());
            return;
        }
        tree.setInput(district);
        showSummary();
    }


    /** The mobilization area's records: read-only for a user without the 动员 role. */
    @Override
    protected org.eclipse.emf.ecore.EClass changedClass(org.eclipse.ui.IEditorInput input) {
        return org.garrison.model.mobilization.MobilizationPackage.Literals.MOBILIZATION_LEDGER;
    }

    @Override
    protected void createContents(Composite parent) {
        GridLayoutFactory.swtDefaults().applyTo(parent);
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        tree = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        tree.getTree().setHeaderVisible(true);
        tree.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(tree.getControl());
        column(Messages.Units_name, 260, this::name);
        column(RecordColumn.nameOf(items(), org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT,
                org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT__TYPE), 70, e -> e instanceof MilitiaUnit u ? label(u.getType()) : ""); //$NON-NLS-1$
        column(RecordColumn.nameOf(items(), org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT,
                org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT__ROLE), 80, e -> e instanceof MilitiaUnit u ? label(u.getRole()) : ""); //$NON-NLS-1$
        column(RecordColumn.nameOf(items(), org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT,
                org.garrison.model.mobilization.MobilizationPackage.Literals.MILITIA_UNIT__COMMANDER), 90,
                e -> e instanceof MilitiaUnit u && u.getCommander() != null ? u.getCommander().getPerson().getName() : ""); //$NON-NLS-1$
        column(Messages.Units_members, 70, e -> Integer.toString(members(e, false)));
        column(Messages.Units_core, 70, e -> Integer.toString(members(e, true)));
        column(Messages.Units_ordinary, 70, e -> Integer.toString(members(e, false) - members(e, true)));
        tree.setContentProvider(new Content());
        tree.setInput(district);
        tree.expandToLevel(2);
        tree.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
        showSummary();
        GarrisonUI.getStore().addCommitListener(reader);
        installGlobalActions();
    }

    private String label(Object literal) {
        return org.garrison.model.labels.ModelLabels.of((org.eclipse.emf.common.util.Enumerator) literal, java.util.Locale.getDefault());
    }

    private void column(String title, int width, java.util.function.Function<Object, String> text) {
        org.garrison.ui.table.ViewerColumns.add(tree, title, width, text);
    }

    private String name(Object element) {
        return element instanceof OrgUnit org ? org.getName() : element instanceof MilitiaUnit unit ? unit.getName() : ""; //$NON-NLS-1$
    }

    /** Members of a militia unit with its sub-units, or of every unit under an organization. */
    public int members(Object element, boolean coreOnly) {
        if (element instanceof MilitiaUnit unit) {
            return coreOnly ? unit.getCoreMemberCount() : unit.getMemberCount();
        }
        int count = 0;
        if (element instanceof OrgUnit org) {
            for (MilitiaUnit unit : unitsOf.getOrDefault(org, List.of())) {
                count += members(unit, coreOnly);
            }
            for (OrgUnit child : org.getChildren()) {
                count += members(child, coreOnly);
            }
        }
        return count;
    }

    private void showSummary() {
        int total = 0;
        int core = 0;
        int units = 0;
        for (List<MilitiaUnit> list : unitsOf.values()) {
            for (MilitiaUnit unit : list) {
                total += unit.getMemberCount();
                core += unit.getCoreMemberCount();
                units += 1 + countSubUnits(unit);
            }
        }
        summary.setText(NLS.bind(Messages.Units_summary, new Object[] { units, total, core, total - core }));
        summary.getParent().layout(true);
    }

    private static int countSubUnits(MilitiaUnit unit) {
        int count = unit.getSubUnits().size();
        for (MilitiaUnit sub : unit.getSubUnits()) {
            count += countSubUnits(sub);
        }
        return count;
    }

    private void open(Object element) {
        if (element instanceof MilitiaUnit unit) {
            session().idOf(unit).ifPresent(id -> {
                try {
                    getSite().getPage().openEditor(new RecordEditorInput(id, unit.eClass(), unit.getName()), "org.garrison.ui.recordEditor"); //$NON-NLS-1$
                } catch (PartInitException e) {
                    org.eclipse.jface.dialogs.MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
                }
            });
        } else if (element != null) {
            tree.setExpandedState(element, !tree.getExpandedState(element));
        }
    }

    /** The tree (tests). */
    public TreeViewer tree() {
        return tree;
    }

    public String summaryText() {
        return summary.getText();
    }

    @Override
    public void setFocus() {
        tree.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (GarrisonUI.getStore() != null) {
            GarrisonUI.getStore().removeCommitListener(reader);
        }
        super.dispose();
    }

    /** Towns → their organizations → militia units → sub-units. */
    private final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof District d ? d.getUnits().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof OrgUnit org) {
                List<EObject> children = new ArrayList<>(unitsOf.getOrDefault(org, List.of()));
                children.addAll(org.getChildren());
                return children.toArray();
            }
            return parent instanceof MilitiaUnit unit ? unit.getSubUnits().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            if (element instanceof MilitiaUnit unit) {
                return unit.getParentUnit() != null ? unit.getParentUnit() : unit.getOrgUnit();
            }
            return element instanceof OrgUnit org ? org.getParent() : null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return getChildren(element).length > 0;
        }
    }
}
