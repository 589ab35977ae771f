package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.button;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.command.EditSelectionCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.garrison.internal.mobilization.ui.muster.MusterEditor;
import org.garrison.model.core.CorePackage;
import org.garrison.model.mobilization.InspectionLevel;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationFactory;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.mobilization.Muster;
import org.garrison.model.mobilization.RollCallEntry;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A muster from the editor: a unit picked, the roll call generated from its members, members
 * marked absent in the roll call until the attendance falls under the 90% target, an undo, and
 * the saved muster with its counts taken from the roll call.
 */
class MusterEditorTest extends MobilizationUiTest {

    private static long musterId;

    @BeforeAll
    static void storeAMuster() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.loadRoots(CorePackage.Literals.DISTRICT);
            MobilizationLedger ledger = session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            Muster muster = MobilizationFactory.eINSTANCE.createMuster();
            muster.setDate(LocalDate.of(2026, 5, 10));
            muster.setLevel(InspectionLevel.DISTRICT);
            muster.setFindings("编组落实，装备齐全");
            ledger.getMusters().add(muster);
            session.commit();
            musterId = session.idOf(muster).getAsLong();
        }
    }

    @Test
    void aRollCallIsGeneratedFromThePickedUnitAndItsAttendanceJudgedAgainstTheTarget() throws Exception {
        MusterEditor editor = (MusterEditor) page().openEditor(new RecordEditorInput(musterId, MobilizationPackage.Literals.MUSTER, "点验"), MusterEditor.ID);
        Table units = editor.unitList().getTable();
        int index = -1;
        for (int i = 0; i < units.getItemCount() && index < 0; i++) {
            int members = membersOf((MilitiaUnit) units.getItem(i).getData());
            if (members >= 10 && members <= 60) {
                index = i;
            }
        }
        assertThat(index).as("a unit of 10 to 60 members").isNotNegative();
        MilitiaUnit unit = (MilitiaUnit) units.getItem(index).getData();
        int expected = membersOf(unit);
        check(units, units.getItem(index));
        assertThat(editor.muster().getUnits()).containsExactly(unit);
        assertThat(editor.isDirty()).isTrue();

        press(editor, "按所选分队生成点名册(&G)");
        assertThat(editor.muster().getRollCall()).hasSize(expected);
        assertThat(editor.attendanceText()).isEqualTo("应到 " + expected + " 人，实到 " + expected + " 人，缺席 0 人，到场率 100.0%（目标 90%），达标");
        assertThat(editor.attendanceMet()).isTrue();

        int absent = expected / 10 + 1;
        List<RollCallEntry> shown = new ArrayList<>();
        editor.rollCall().shownRows().forEach(row -> shown.add((RollCallEntry) row));
        for (int row = 0; row < absent; row++) {
            toggle(editor.rollCall().natTable(), editor, row);
            assertThat(shown.get(row).isPresent()).as("row %d marked absent", row).isFalse();
        }
        int present = expected - absent;
        assertThat(editor.attendanceText()).startsWith("应到 " + expected + " 人，实到 " + present + " 人，缺席 " + absent + " 人").endsWith("未达标");
        assertThat(editor.attendanceMet()).isFalse();

        command("org.eclipse.ui.edit.undo");
        assertThat(editor.attendanceText()).startsWith("应到 " + expected + " 人，实到 " + (present + 1) + " 人");

        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            reader.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);
            Muster stored = (Muster) reader.find(musterId);
            assertThat(stored.getExpected()).isEqualTo(expected);
            assertThat(stored.getPresent()).isEqualTo(present + 1);
            assertThat(stored.getRollCall()).hasSize(expected);
            assertThat(stored.getUnits()).extracting(MilitiaUnit::getName).containsExactly(unit.getName());
        }
    }

    /** The unit's members (sub-units too) serving on the muster's day, 10 May 2026: who the roll call calls. */
    private static int membersOf(MilitiaUnit unit) {
        int count = (int) unit.getMembers().stream().filter(member -> member.activeOn(LocalDate.of(2026, 5, 10))).count();
        for (MilitiaUnit sub : unit.getSubUnits()) {
            count += membersOf(sub);
        }
        return count;
    }

    private static void check(Table table, TableItem item) {
        item.setChecked(true);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        settle();
    }

    private static void press(MusterEditor editor, String text) {
        Button button = button(editor.unitList().getTable().getParent(), text);
        assertThat(button).as("a button " + text).isNotNull();
        button.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    /** A check box cell toggles when its editor is activated, as a click or the space key does. */
    private static void toggle(NatTable nat, MusterEditor editor, int row) {
        editor.rollCall().selectionLayer().doCommand(new SelectCellCommand(editor.rollCall().selectionLayer(), 2, row, false, false));
        settle();
        nat.doCommand(new EditSelectionCommand(nat, nat.getConfigRegistry()));
        settle();
    }
}
