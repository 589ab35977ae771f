package org.garrison.study.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.named;
import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.util.Arrays;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.study.ui.create.NewRegimeWizard;
import org.garrison.internal.study.ui.regime.RegimeCalendarEditor;
import org.garrison.internal.ui.editor.RecordEditor;
import org.garrison.model.study.Recurrence;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyKind;
import org.garrison.model.study.StudyRegime;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/**
 * Records an area creates with the framework's NewRecordWizard (a regime: Finish only once the model
 * is content, stored in the ledger, opened in its calendar), and a group's kinds of study ticked in
 * the record editor, each tick one command.
 */
class NewRecordsTest extends StudyUiTest {

    @Test
    void aNewRegimeIsStoredOnceNamedAndOpensInItsCalendar() throws Exception {
        NewRegimeWizard wizard = new NewRegimeWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        settle();
        assertThat(dialog.getShell().getText()).isEqualTo("新建学习制度");
        assertThat(wizard.canFinish()).as("no name yet").isFalse();
        Composite page = (Composite) wizard.page().getControl();
        ((Text) named(page, "name")).setText("专武干部月度学习");
        Combo recurrence = (Combo) named(page, "recurrence");
        recurrence.select(Recurrence.MONTHLY.getValue());
        recurrence.notifyListeners(SWT.Selection, null);
        settle();
        assertThat(wizard.canFinish()).isTrue();
        assertThat(wizard.performFinish()).isTrue();
        dialog.close();
        settle();
        assertThat(page().getActiveEditor()).isInstanceOf(RegimeCalendarEditor.class);
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyRegime stored = ledger(reader).getRegimes().stream().filter(r -> r.getName().equals("专武干部月度学习")).findFirst().orElseThrow();
            assertThat(stored.getRecurrence()).isEqualTo(Recurrence.MONTHLY);
            assertThat(stored.getStartDate()).as("starting today").isEqualTo(java.time.LocalDate.now());
        }
    }

    @Test
    void aGroupsKindsOfStudyAreTickedInTheRecordEditor() throws Exception {
        RecordEditor editor;
        try (StoreSession reader = GarrisonUI.getStore().openSession()) {
            StudyGroup cadres = ledger(reader).getGroups().stream().filter(g -> g.getName().equals("乡镇专武干部")).findFirst().orElseThrow();
            editor = (RecordEditor) open(reader, cadres, "org.garrison.ui.recordEditor");
        }
        StudyGroup group = (StudyGroup) editor.record();
        Composite kinds = (Composite) named((Composite) editor.getSite().getShell(), "kinds");
        Button onSite = Arrays.stream(kinds.getChildren()).map(Button.class::cast).filter(b -> b.getText().equals("现地教学")).findFirst().orElseThrow();
        assertThat(onSite.getSelection()).isFalse();
        onSite.setSelection(true);
        onSite.notifyListeners(SWT.Selection, null);
        settle();
        assertThat(group.getKinds()).contains(StudyKind.ON_SITE_TEACHING);
        editor.domain().getCommandStack().undo();
        settle();
        assertThat(group.getKinds()).doesNotContain(StudyKind.ON_SITE_TEACHING);
        assertThat(onSite.getSelection()).isFalse();
    }
}
