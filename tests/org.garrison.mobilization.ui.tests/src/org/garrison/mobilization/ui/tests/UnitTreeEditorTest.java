package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import org.garrison.internal.mobilization.ui.units.UnitTreeEditor;
import org.garrison.model.core.OrgUnit;
import org.garrison.model.mobilization.MilitiaCategory;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MilitiaUnit;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.ui.editor.RecordsEditorInput;
import org.junit.jupiter.api.Test;

/** The unit tree: every member counted once, the core/ordinary split per unit and per town adding up. */
class UnitTreeEditorTest extends MobilizationUiTest {

    @Test
    void townsAndUnitsShowTheirMembersAndTheCoreOrdinarySplit() throws Exception {
        UnitTreeEditor editor = (UnitTreeEditor) page().openEditor(new RecordsEditorInput(MobilizationPackage.Literals.MILITIA_UNIT, "民兵分队"),
                UnitTreeEditor.ID);
        settle();
        Object[] towns = ((org.eclipse.jface.viewers.ITreeContentProvider) editor.tree().getContentProvider()).getElements(editor.tree().getInput());
        assertThat(towns).isNotEmpty();
        long stored;
        try (org.garrison.store.StoreSession session = org.garrison.ui.GarrisonUI.getStore().openSession()) {
            stored = session.count(org.garrison.store.query.Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(new org.garrison.store.query.Condition.IsNull(
                    org.garrison.store.query.FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__LEAVE_DATE))));
        }
        int sum = 0;
        for (Object town : towns) {
            sum += editor.members(town, false);
        }
        assertThat(sum).as("every serving member under exactly one town").isEqualTo((int) stored);
        assertThat(editor.summaryText()).contains(String.format("民兵 %d 人", stored));

        OrgUnit town = (OrgUnit) towns[0];
        Object first = ((org.eclipse.jface.viewers.ITreeContentProvider) editor.tree().getContentProvider()).getChildren(town)[0];
        MilitiaUnit unit = first instanceof MilitiaUnit u ? u : null;
        if (unit != null) {
            int core = 0;
            int all = 0;
            for (MilitiaMember member : allMembers(unit)) {
                if (member.getLeaveDate() == null) {
                    all++;
                    core += member.getCategory() == MilitiaCategory.CORE ? 1 : 0;
                }
            }
            assertThat(editor.members(unit, false)).isEqualTo(all);
            assertThat(editor.members(unit, true)).isEqualTo(core);
        }
        assertThat(editor.tree().getTree().getItemCount()).isEqualTo(towns.length);
    }

    private static java.util.List<MilitiaMember> allMembers(MilitiaUnit unit) {
        java.util.List<MilitiaMember> members = new java.util.ArrayList<>(unit.getMembers());
        unit.getSubUnits().forEach(sub -> members.addAll(allMembers(sub)));
        return members;
    }
}
