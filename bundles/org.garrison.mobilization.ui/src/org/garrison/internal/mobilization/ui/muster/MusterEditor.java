package org.garrison.internal.mobilization.ui.muster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.AdapterFactoryItemDelegator;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.mobilization.ui.Ledgers;
import org.garrison.internal.mobilization.ui.Messages;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.MobilizationPackage.Literals;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.store.StoreException;
import org.garrison.ui.editor.FieldBinding;
import org.garrison.ui.editor.StoreEditorPart;
import org.garrison.ui.table.RecordColumn;
import org.garrison.ui.table.RecordTable;
import org.garrison.ui.table.TableMenu;

/**
 * A muster (点验): its date, level and findings; the units taking part, picked from the district's
 * units; the roll call, member by member, generated from those units; and the attendance rate
 * against the 90% target. Every change is a command (undo), Save writes the muster with its
 * expected and present counts taken from the roll call.
 */
public class MusterEditor extends StoreEditorPart {

    public static final String ID = "org.garrison.mobilization.musterEditor"; //$NON-NLS-1$

    /** The share of a muster's members who must be present (domain.md: attendance of at least 90%). */
    public static final double ATTENDANCE_TARGET = 0.9;

    private Muster muster;
    private final List<MilitiaUnit> units = new ArrayList<>();
    private final List<FieldBinding> fields = new ArrayList<>();
    private CheckboxTableViewer unitList;
    private RecordTable rollCall;
    private Label attendance;
    private Color green;
    private Color red;

    @Override
    protected void opened(IEditorInput input) throws PartInitException {
        try {
            units.addAll(Ledgers.units(Ledgers.read(session())));
        } catch (StoreException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        muster = storedRecord(input, Muster.class);
    }


    /** The mobilization area's records: read-only for a user without the 动员 role. */
    @Override
    protected org.eclipse.emf.ecore.EClass changedClass(org.eclipse.ui.IEditorInput input) {
        return org.garrison.model.mobilization.MobilizationPackage.Literals.MOBILIZATION_LEDGER;
    }

    @Override
    protected void createContents(Composite parent) {
        green = new Color(0x1e, 0x84, 0x49);
        red = new Color(0xc0, 0x39, 0x2b);
        GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(parent);
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 6).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        field(header, Literals.MUSTER__DATE, 1);
        field(header, Literals.MUSTER__LEVEL, 1);
        field(header, Literals.MUSTER__FINDINGS, 3);
        attendance = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(attendance);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        Group unitGroup = new Group(sash, SWT.NONE);
        unitGroup.setText(Messages.Muster_units);
        GridLayoutFactory.swtDefaults().applyTo(unitGroup);
        unitList = CheckboxTableViewer.newCheckList(unitGroup, SWT.BORDER | SWT.V_SCROLL);
        unitList.setContentProvider(ArrayContentProvider.getInstance());
        unitList.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                MilitiaUnit unit = (MilitiaUnit) element;
                return "  ".repeat(depth(unit)) + unit.getName(); //$NON-NLS-1$
            }
        });
        unitList.setInput(units);
        unitList.addCheckStateListener(event -> pick((MilitiaUnit) event.getElement(), event.getChecked()));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(unitList.getControl());
        Button generate = new Button(unitGroup, SWT.PUSH);
        generate.setText(Messages.Muster_generate);
        generate.addListener(SWT.Selection, event -> generateRollCall());

        Group rollCallGroup = new Group(sash, SWT.NONE);
        rollCallGroup.setText(Messages.Muster_rollCall);
        GridLayoutFactory.swtDefaults().applyTo(rollCallGroup);
        rollCall = new RecordTable(rollCallGroup, List.of(
                RecordColumn.path(items(), Literals.ROLL_CALL_ENTRY__MEMBER, Literals.MILITIA_MEMBER__PERSON, CorePackage.Literals.PERSON__NAME).readOnly().width(90),
                RecordColumn.computed(RecordColumn.nameOf(items(), Literals.MILITIA_MEMBER, Literals.MILITIA_MEMBER__UNIT),
                        row -> ((RollCallEntry) row).getMember() == null ? null : ((RollCallEntry) row).getMember().getUnit()).width(170),
                RecordColumn.path(items(), Literals.ROLL_CALL_ENTRY__PRESENT).width(60),
                RecordColumn.path(items(), Literals.ROLL_CALL_ENTRY__REASON).width(200)), domain(), items());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rollCall.natTable());
        TableMenu.attach(rollCall, getSite(), Messages.Muster_rollCall);
        sash.setWeights(1, 2);
        showState();
        installGlobalActions();
    }

    private void field(Composite parent, EAttribute attribute, int span) {
        IItemPropertyDescriptor descriptor = new AdapterFactoryItemDelegator(items()).getPropertyDescriptor(muster, attribute);
        String name = descriptor == null ? attribute.getName() : descriptor.getDisplayName(muster);
        new Label(parent, SWT.NONE).setText(name + Messages.Muster_colon);
        Control control = FieldBinding.createControl(parent, muster, attribute, descriptor);
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(160, SWT.DEFAULT).applyTo(control);
        fields.add(new FieldBinding(domain(), muster, attribute, name, control, () -> { }));
    }

    private static int depth(MilitiaUnit unit) {
        int depth = 0;
        for (MilitiaUnit parent = unit.getParentUnit(); parent != null; parent = parent.getParentUnit()) {
            depth++;
        }
        return depth;
    }

    /** A unit joins or leaves the muster: one command. */
    void pick(MilitiaUnit unit, boolean taking) {
        if (taking != muster.getUnits().contains(unit)) {
            domain().getCommandStack().execute(taking ? AddCommand.create(domain(), muster, Literals.MUSTER__UNITS, unit)
                    : RemoveCommand.create(domain(), muster, Literals.MUSTER__UNITS, unit));
        }
    }

    /**
     * Every member of the muster's units (their sub-units too) serving on the muster's day and not yet
     * on the roll call, marked present: one command. Someone joining later or gone before is no part of it.
     */
    void generateRollCall() {
        Set<MilitiaMember> called = new LinkedHashSet<>();
        muster.getRollCall().forEach(entry -> called.add(entry.getMember()));
        List<RollCallEntry> added = new ArrayList<>();
        for (MilitiaUnit unit : muster.getUnits()) {
            for (MilitiaMember member : membersOf(unit)) {
                if (muster.getDate() != null && (member.getJoinDate() == null || !member.activeOn(muster.getDate()))) {
                    continue;
                }
                if (called.add(member)) {
                    RollCallEntry entry = MobilizationFactory.eINSTANCE.createRollCallEntry();
                    entry.setMember(member);
                    entry.setPresent(true);
                    added.add(entry);
                }
            }
        }
        if (added.isEmpty()) {
            return;
        }
        CompoundCommand generate = new CompoundCommand(Messages.Muster_generate);
        generate.append(AddCommand.create(domain(), muster, Literals.MUSTER__ROLL_CALL, added));
        domain().getCommandStack().execute(generate);
    }

    private static List<MilitiaMember> membersOf(MilitiaUnit unit) {
        List<MilitiaMember> members = new ArrayList<>(unit.getMembers());
        unit.getSubUnits().forEach(sub -> members.addAll(membersOf(sub)));
        return members;
    }

    /** Expected and present: from the roll call once there is one, else as recorded. */
    private int expected() {
        return muster.getRollCall().isEmpty() ? muster.getExpected() : muster.getRollCall().size();
    }

    private int present() {
        return muster.getRollCall().isEmpty() ? muster.getPresent() : (int) muster.getRollCall().stream().filter(RollCallEntry::isPresent).count();
    }

    private void showState() {
        unitList.setCheckedElements(muster.getUnits().toArray());
        rollCall.setRows(muster.getRollCall());
        int expected = expected();
        int present = present();
        double rate = expected == 0 ? Double.NaN : (double) present / expected;
        attendance.setText(NLS.bind(Messages.Muster_attendance, new Object[] { expected, present, expected - present,
                Double.isNaN(rate) ? "—" : String.format("%.1f%%", rate * 100), //$NON-NLS-1$ //$NON-NLS-2$
                Double.isNaN(rate) ? "" : rate >= ATTENDANCE_TARGET ? Messages.Muster_met : Messages.Muster_notMet })); //$NON-NLS-1$
        attendance.setForeground(!Double.isNaN(rate) && rate >= ATTENDANCE_TARGET ? green : red);
        attendance.getParent().layout(true);
    }

    @Override
    protected void commandStackChanged() {
        showState();
    }

    @Override
    protected void reverted() {
        fields.forEach(FieldBinding::reset);
        showState();
    }

    /** The roll call decides the counts: they are set (one more undoable step) before the muster is written. */
    @Override
    public void doSave(org.eclipse.core.runtime.IProgressMonitor monitor) {
        if (!muster.getRollCall().isEmpty() && (muster.getExpected() != expected() || muster.getPresent() != present())) {
            CompoundCommand counts = new CompoundCommand();
            counts.append(SetCommand.create(domain(), muster, Literals.MUSTER__EXPECTED, expected()));
            counts.append(SetCommand.create(domain(), muster, Literals.MUSTER__PRESENT, present()));
            domain().getCommandStack().execute(counts);
        }
        super.doSave(monitor);
    }

    /** The attendance line as the user reads it (tests). */
    public String attendanceText() {
        return attendance.getText();
    }

    public boolean attendanceMet() {
        return attendance.getForeground().equals(green);
    }

    public Muster muster() {
        return muster;
    }

    public CheckboxTableViewer unitList() {
        return unitList;
    }

    public RecordTable rollCall() {
        return rollCall;
    }

    @Override
    public void setFocus() {
        unitList.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (green != null) {
            green.dispose();
            red.dispose();
        }
        super.dispose();
    }

}
