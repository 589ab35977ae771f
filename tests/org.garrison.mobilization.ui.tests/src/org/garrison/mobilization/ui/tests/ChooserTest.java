package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.button;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.testing.ui.WorkbenchDriver.find;
import static org.garrison.testing.ui.WorkbenchDriver.named;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudySession;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.Test;

/**
 * Choosing records in the 10,000-member district: a member's unit by type-ahead (three characters,
 * a proposal picked, undone, redone, saved, read back); a study session's attendees from the
 * chooser filtered by a unit, "add all shown" adding exactly that unit's serving members, one
 * removed and the removal undone.
 */
class ChooserTest extends MobilizationUiTest {

    @Test
    void aMembersUnitIsPickedByTypeAheadUndoneRedoneSavedAndReadBack() throws Exception {
        long memberId;
        long targetId;
        String targetName;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            MobilizationLedger ledger = reader.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            MilitiaMember member = firstMember(ledger);
            MilitiaUnit first = member.getUnit();
            MilitiaUnit target = ledger.getUnits().stream().filter(unit -> !unit.getName().startsWith(first.getName().substring(0, 3)))
                    .findFirst().orElseThrow();
            memberId = reader.idOf(member).getAsLong();
            targetId = reader.idOf(target).getAsLong();
            targetName = target.getName();
        }
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(memberId, MobilizationPackage.Literals.MILITIA_MEMBER, "m"),
                RecordEditor.ID);
        MilitiaMember member = (MilitiaMember) editor.record();
        MilitiaUnit original = member.getUnit();
        assertThat(original).as("the member's unit is read with the member").isNotNull();
        Text unitText = find((Composite) named(editor.getSite().getShell(), "unit"), Text.class);
        assertThat(unitText.getText()).isEqualTo(original.getName());

        unitText.setFocus();
        unitText.setText(targetName.substring(0, 3));
        Table proposals = waitForPopupTable();
        int index = -1;
        for (int i = 0; i < proposals.getItemCount(); i++) {
            if (proposals.getItem(i).getText().startsWith(targetName + "  ")) {
                index = i;
            }
        }
        assertThat(index).as("the proposals offer " + targetName).isNotNegative();
        proposals.setSelection(index);
        proposals.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        settle();
        MilitiaUnit picked = member.getUnit();
        assertThat(picked.getName()).isEqualTo(targetName);
        assertThat(picked.getMembers()).contains(member);
        assertThat(unitText.getText()).isEqualTo(targetName);
        assertThat(editor.isDirty()).isTrue();

        command("org.eclipse.ui.edit.undo");
        assertThat(member.getUnit()).isSameAs(original);
        assertThat(unitText.getText()).isEqualTo(original.getName());
        command("org.eclipse.ui.edit.redo");
        assertThat(member.getUnit()).isSameAs(picked);
        editor.doSave(new NullProgressMonitor());
        settle();
        assertThat(editor.isDirty()).isFalse();

        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            MobilizationLedger ledger = reader.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            List<MilitiaUnit> holding = new ArrayList<>();
            ledger.eAllContents().forEachRemaining(object -> {
                if (object instanceof MilitiaUnit unit && unit.getMembers().stream().anyMatch(m -> reader.idOf(m).getAsLong() == memberId)) {
                    holding.add(unit);
                }
            });
            assertThat(holding).as("read back, the member is in the picked unit and no other").singleElement()
                    .satisfies(unit -> assertThat(reader.idOf(unit).getAsLong()).isEqualTo(targetId));
        }
    }

    @Test
    void addAllShownAddsExactlyTheUnitsServingMembersAndARemovalIsUndone() throws Exception {
        long sessionId;
        String town;
        String unitName;
        Set<String> expected = new HashSet<>();
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudySession study = reader.<StudySession>list(Query.of(StudyPackage.Literals.STUDY_SESSION).page(0, 1)).get(0);
            sessionId = reader.idOf(study).getAsLong();
            study.getAttendees().forEach(person -> expected.add(person.getIdentityNumber()));
            MobilizationLedger ledger = reader.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER).get(0);
            MilitiaUnit unit = ledger.getUnits().stream().filter(u -> !u.getSubUnits().isEmpty()).findFirst().orElse(ledger.getUnits().get(0));
            town = unit.getOrgUnit().getName();
            unitName = unit.getName();
            collectServing(unit, expected);
        }
        RecordEditor editor = (RecordEditor) page().openEditor(new RecordEditorInput(sessionId, StudyPackage.Literals.STUDY_SESSION, "s"),
                RecordEditor.ID);
        StudySession study = (StudySession) editor.record();
        int before = study.getAttendees().size();
        Composite attendees = (Composite) named(editor.getSite().getShell(), "attendees");
        Button add = button(attendees, "添加…");

        String label = town + " / " + unitName;
        int[] shown = new int[1];
        whenChooserOpens(chooser -> {
            Combo units = (Combo) named(chooser, "chooser.filter.所在分队");
            int index = List.of(units.getItems()).indexOf(label);
            assertThat(index).as("the unit filter offers " + label + " among " + List.of(units.getItems())).isPositive();
            units.select(index);
            units.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            Table results = (Table) named(chooser, "chooser.results");
            shown[0] = results.getItemCount();
            assertThat(results.getItem(0).getText(4)).as("each found member shows the unit it serves in").isNotEmpty();
            button(chooser, "添加所示全部").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        });
        add.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.get(0));
        }

        Set<String> now = new HashSet<>();
        study.getAttendees().forEach(person -> now.add(person.getIdentityNumber()));
        assertThat(now).as("the attendees are those before and every serving member of " + label).isEqualTo(expected);
        assertThat(shown[0]).as("the list shows a page").isPositive().isLessThanOrEqualTo(200);
        int added = study.getAttendees().size() - before;
        assertThat(added).as("all that the filter found were added, beyond the page shown").isGreaterThanOrEqualTo(shown[0]);
        assertThat(editor.isDirty()).isTrue();

        Table list = find(attendees, Table.class);
        assertThat(list.getItemCount()).isEqualTo(study.getAttendees().size());
        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Person removed = study.getAttendees().get(0);
        button(attendees, "移除").notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        assertThat(study.getAttendees()).doesNotContain(removed).hasSize(before + added - 1);
        command("org.eclipse.ui.edit.undo");
        assertThat(study.getAttendees()).contains(removed).hasSize(before + added);
        assertThat(list.getItemCount()).isEqualTo(before + added);
    }

    private static MilitiaMember firstMember(MobilizationLedger ledger) {
        for (java.util.Iterator<org.eclipse.emf.ecore.EObject> all = ledger.eAllContents(); all.hasNext();) {
            if (all.next() instanceof MilitiaMember member) {
                return member;
            }
        }
        throw new AssertionError("the district has no member");
    }

    private static void collectServing(MilitiaUnit unit, Set<String> into) {
        for (MilitiaMember member : unit.getMembers()) {
            if (member.getLeaveDate() == null) {
                into.add(member.getPerson().getIdentityNumber());
            }
        }
        unit.getSubUnits().forEach(sub -> collectServing(sub, into));
    }

    /** The type-ahead's popup, once it shows proposals. */
    private static Table waitForPopupTable() {
        Display display = Display.getCurrent();
        Table[] found = new Table[1];
        waitUntil(() -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && shell != page().getWorkbenchWindow().getShell()) {
                    Table table = find(shell, Table.class);
                    if (table != null && table.getItemCount() > 0) {
                        found[0] = table;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    /** What went wrong inside the chooser, thrown once it is closed. */
    private final List<Throwable> failures = new ArrayList<>();

    /** Acts in the chooser dialog once it is open; the action closes it (a failing one closes it too). */
    private void whenChooserOpens(Consumer<Shell> action) {
        Display display = Display.getCurrent();
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            for (Shell shell : display.getShells()) {
                if (shell.isVisible() && shell.getText().startsWith("选择")) {
                    try {
                        action.accept(shell);
                    } catch (Throwable failure) {
                        failures.add(failure);
                        shell.close();
                    }
                    return;
                }
            }
            display.timerExec(100, poll[0]);
        };
        display.timerExec(100, poll[0]);
    }
}
