package org.garrison.mobilization.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.mobilization.ui.roster.NewMemberWizard;
import org.garrison.model.core.CorePackage;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Condition;
import org.garrison.store.query.FeaturePath;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/** New (the navigator's new-record wizard for the roster): checked while typing, committed on Finish. */
class NewMemberWizardTest extends MobilizationUiTest {

    @Test
    void aMemberIsCheckedWhileTypedAndStoredOnFinish() throws Exception {
        NewMemberWizard wizard = new NewMemberWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        var dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard) {
            @Override
            public void finishPressed() {
                super.finishPressed();
            }

            String error() {
                return getCurrentPage().getErrorMessage();
            }
        };
        dialog.setBlockOnOpen(false);
        dialog.open();
        long before = CompactDistrict.members();
        String number = IdentityNumber.of("320102", LocalDate.of(2000, 6, 6), 300 + (int) (System.nanoTime() % 300));
        List<Control> fields = wizard.fields();
        ((Text) fields.get(0)).setText("新兵测试");
        ((Text) fields.get(1)).setText(number.substring(0, 17) + (number.charAt(17) == '1' ? '2' : '1'));
        Combo unit = (Combo) fields.get(2);
        unit.select(0);
        unit.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        settle();
        assertThat(wizard.canFinish()).isFalse();
        assertThat(dialog.error()).contains("校验码");

        ((Text) fields.get(1)).setText(number);
        settle();
        assertThat(dialog.error()).isNull();
        assertThat(wizard.canFinish()).isTrue();
        dialog.finishPressed();
        settle();
        assertThat(CompactDistrict.members()).isEqualTo(before + 1);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            List<MilitiaMember> stored = session.list(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER).where(Condition.eq(
                    FeaturePath.of(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, CorePackage.Literals.PERSON__IDENTITY_NUMBER), number)));
            assertThat(stored).singleElement().satisfies(member -> assertThat(member.getPerson().getName()).isEqualTo("新兵测试"));
        }
    }
}
