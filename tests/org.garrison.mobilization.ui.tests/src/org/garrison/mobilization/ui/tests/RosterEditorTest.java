package org.garrison.mobilization.ui.tests;

import org.garrison.testing.ui.TableDriver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.answerDialog;
import static org.garrison.testing.ui.WorkbenchDriver.command;
import static org.garrison.mobilization.ui.tests.Workbench.openRoster;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;
import static org.garrison.testing.ui.TableDriver.typeIntoCell;
import static org.garrison.testing.ui.WorkbenchDriver.waitUntil;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ColumnHideCommand;
import org.garrison.internal.mobilization.ui.roster.RosterEditor;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.core.OrgUnitLevel;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.spreadsheet.TableFiles;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.table.RecordTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The militia roster on a 10,000-member district: opened by its command, filtered by town,
 * category and age, sorted, edited in place with undo and save, exported; a conflicting change
 * by another session is reported when saving.
 */
class RosterEditorTest extends MobilizationUiTest {

    private static final int MEMBERS = CompactDistrict.MEMBERS;
    private static final int NAME = 0;
    private static final int AGE = 3;
    private static final int TOWN = 4;
    private static final int CATEGORY = 7;
    private static final int POSITION = 11;
    private static final int SPECIALTY = 13;

    @TempDir
    Path folder;


    @Test
    void theRosterFiltersTheDistrictByTownCategoryAndAge() throws Exception {
        RosterEditor roster = openRoster();
        RecordTable table = roster.table();
        assertThat(table.shownRows()).hasSize(roster.members().size());

        String town = townOf(roster.members().get(0));
        table.filter(TOWN, town);
        settle();
        List<MilitiaMember> inTown = membersUnder(town);
        assertThat(inTown).isNotEmpty().hasSizeLessThan(MEMBERS);
        assertThat(table.shownRows()).hasSize(inTown.size()).containsExactlyInAnyOrderElementsOf(inTown);

        table.filter(CATEGORY, "基干");
        table.filter(AGE, ">=30");
        settle();
        LocalDate today = LocalDate.now();
        List<MilitiaMember> expected = inTown.stream()
                .filter(m -> m.getCategory() == MilitiaCategory.CORE)
                .filter(m -> Period.between(m.getPerson().getBirthDate(), today).getYears() >= 30).toList();
        assertThat(expected).isNotEmpty();
        assertThat(table.shownRows()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(roster.getSite().getShell().isDisposed()).isFalse();

        table.sort(NAME, true);
        Collator pinyin = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        List<String> names = table.shownRows().stream().map(m -> ((MilitiaMember) m).getPerson().getName()).toList();
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(pinyin);
        assertThat(names).isEqualTo(sorted);

        table.filter(TOWN, "");
        table.filter(CATEGORY, "");
        table.filter(AGE, "");
        settle();
        assertThat(table.shownRows()).hasSize(roster.members().size());
    }

    @Test
    void anInPlaceEditIsUndoneRedoneAndSaved() throws Exception {
        RosterEditor roster = openRoster();
        RecordTable table = roster.table();
        table.sort(NAME, true);
        MilitiaMember first = (MilitiaMember) table.shownRows().get(0);
        String before = first.getPosition();
        String changed = "副班长" + System.nanoTime();

        typeIntoCell(table, 0, POSITION, changed);
        assertThat(first.getPosition()).isEqualTo(changed);
        assertThat(roster.domain().getCommandStack().getUndoCommand()).as("the edit is a command").isNotNull();
        assertThat(roster.isDirty()).as("dirty after " + roster.domain().getCommandStack().getUndoCommand()).isTrue();

        command("org.eclipse.ui.edit.undo");
        assertThat(first.getPosition()).isEqualTo(before);
        assertThat(roster.isDirty()).isFalse();
        command("org.eclipse.ui.edit.redo");
        assertThat(first.getPosition()).isEqualTo(changed);

        roster.doSave(new NullProgressMonitor());
        settle();
        assertThat(roster.isDirty()).isFalse();
        long id = idOf(roster, first);
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((MilitiaMember) reader.find(id)).getPosition()).isEqualTo(changed);
        }
    }

    @Test
    void aConflictingChangeOfAnotherSessionIsReportedOnSave() throws Exception {
        RosterEditor roster = openRoster();
        RecordTable table = roster.table();
        table.sort(NAME, false);
        MilitiaMember member = (MilitiaMember) table.shownRows().get(0);
        long id = idOf(roster, member);
        String theirs = "别人改的" + System.nanoTime();
        String mine = "我改的" + System.nanoTime();
        typeIntoCell(table, 0, POSITION, mine);
        assertThat(member.getPosition()).isEqualTo(mine);
        assertThat(roster.isDirty()).isTrue();
        try (StoreSession other = GarrisonUI.getStore().openSession()) {
            ((MilitiaMember) other.find(id)).setPosition(theirs);
            other.commit();
        }
        settle();
        assertThat(table.shownRows()).as("a roster with unsaved edits is not read afresh").contains(member);

        List<String> dialog = answerDialog("无法保存");
        NullProgressMonitor monitor = new NullProgressMonitor();
        roster.doSave(monitor);
        settle();
        assertThat(monitor.isCanceled()).isTrue();
        assertThat(String.join("\n", dialog)).contains("已被他人修改");
        assertThat(roster.isDirty()).as("the user's change is kept").isTrue();
        assertThat(member.getPosition()).isEqualTo(mine);
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            assertThat(((MilitiaMember) reader.find(id)).getPosition()).isEqualTo(theirs);
        }
    }

    /** Another session's change of a member's person (a colleague on the shared server, an import) reads the open roster afresh. */
    @Test
    void anotherSessionsChangeOfAMembersPhoneShowsInTheOpenRoster() throws Exception {
        RosterEditor roster = openRoster();
        RecordTable table = roster.table();
        table.sort(NAME, true);
        MilitiaMember member = (MilitiaMember) table.shownRows().get(1);
        String identity = member.getPerson().getIdentityNumber();
        long personId = roster.session().idOf(member.getPerson()).getAsLong();
        String phone = "139" + String.format("%08d", System.nanoTime() % 100_000_000L);
        try (StoreSession other = GarrisonUI.getStore().openSession()) {
            ((org.garrison.model.core.Person) other.find(personId)).setPhone(phone);
            other.commit();
        }
        waitUntil(() -> roster.members().stream().anyMatch(m -> m.getPerson().getIdentityNumber().equals(identity) && phone.equals(m.getPerson().getPhone())));
        assertThat(roster.isDirty()).isFalse();
    }

    @Test
    void theRosterExportsWhatItShowsToExcel() throws Exception {
        RosterEditor roster = openRoster();
        RecordTable table = roster.table();
        table.filter(CATEGORY, "基干");
        table.selectionLayer().doCommand(new ColumnHideCommand(table.selectionLayer(), SPECIALTY));
        settle();
        Path file = folder.resolve("名册.xlsx");
        Job export = table.export(file, "民兵名册");
        export.schedule();
        export.join();
        assertThat(export.getResult().isOK()).isTrue();

        List<List<String>> rows = new ArrayList<>();
        TableFiles.read(file, (number, cells) -> rows.add(cells));
        assertThat(rows).hasSize(table.shownRows().size() + 1);
        assertThat(rows.get(0)).hasSize(table.visibleColumns().size()).doesNotContain("专业").contains("姓名", "公民身份号码", "类别", "乡镇（街道）");
        Set<String> identityNumbers = new HashSet<>();
        for (EObject row : table.shownRows()) {
            identityNumbers.add(((MilitiaMember) row).getPerson().getIdentityNumber());
        }
        assertThat(rows.subList(1, rows.size())).allSatisfy(cells -> assertThat(identityNumbers).contains(cells.get(1)));
    }


    private static long idOf(RosterEditor roster, EObject member) {
        return roster.session().idOf(member).getAsLong();
    }

    /** The town of a member, going up from its unit's organization. */
    private static String townOf(MilitiaMember member) {
        OrgUnit org = member.getUnit().getOrgUnit();
        while (org.getLevel() != OrgUnitLevel.TOWN && org.getLevel() != OrgUnitLevel.SUBDISTRICT) {
            org = org.getParent();
        }
        return org.getName();
    }

    /** Every member whose unit belongs to the town or one of its villages, counted top down in a session of its own. */
    private static List<MilitiaMember> membersUnder(String town) throws Exception {
        Set<String> names = new HashSet<>();
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.loadRoots(org.garrison.model.core.CorePackage.Literals.DISTRICT);
            for (MobilizationLedger ledger : session.<MobilizationLedger>loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER)) {
                for (OrgUnit townUnit : ledger.getDistrict().getUnits()) {
                    if (townUnit.getName().equals(town)) {
                        Set<OrgUnit> under = new HashSet<>();
                        addTree(townUnit, under);
                        for (MilitiaUnit unit : ledger.getUnits()) {
                            collect(unit, under, names);
                        }
                    }
                }
            }
        }
        RosterEditor roster = (RosterEditor) page().getActiveEditor();
        return roster.members().stream().filter(m -> names.contains(m.getPerson().getIdentityNumber())).toList();
    }

    private static void addTree(OrgUnit unit, Set<OrgUnit> into) {
        into.add(unit);
        unit.getChildren().forEach(child -> addTree(child, into));
    }

    private static void collect(MilitiaUnit unit, Set<OrgUnit> under, Set<String> identityNumbers) {
        if (under.contains(unit.getOrgUnit())) {
            unit.getMembers().forEach(m -> identityNumbers.add(m.getPerson().getIdentityNumber()));
        }
        unit.getSubUnits().forEach(sub -> collect(sub, under, identityNumbers));
    }
}
