package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.ui.firststart.FirstStartDialog;
import org.garrison.internal.ui.firststart.SampleDistrictJob;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;

/** The first start's offer: a sample district of a chosen size, or an empty start; the sample is written by a Job. */
class FirstStartTest {

    @Test
    void theDialogOffersThreeSizesAndAnEmptyStart() {
        FirstStartDialog dialog = new FirstStartDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "/data/garrison");
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertThat(dialog.getShell().getText()).isEqualTo("欢迎使用武装工作平台");
            List<Button> radios = radios(dialog.getShell());
            assertThat(radios).extracting(Button::getText).containsExactly("创建小型示例区（2,000 名民兵）", "创建中型示例区（20,000 名民兵）",
                    "创建大型示例区（100,000 名民兵，需要几分钟）", "从空白开始");
            assertThat(dialog.choice()).isEqualTo(SampleSize.SMALL);
            choose(radios, 3);
            assertThat(dialog.choice()).isNull();
            choose(radios, 1);
            assertThat(dialog.choice()).isEqualTo(SampleSize.MEDIUM);
        } finally {
            dialog.close();
        }
    }

    @Test
    void theJobWritesTheSampleDistrictToTheStore() throws Exception {
        long before = members();
        SampleDistrictJob job = org.garrison.internal.ui.firststart.FirstStart.writeSample(GarrisonUI.getStore(), SampleSize.TINY);
        // its progress can be followed and cancelled in the 进度 view, which the product contributes (the IDE would)
        org.eclipse.ui.IViewPart progress = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .showView("org.eclipse.ui.views.ProgressView");
        assertThat(progress.getClass().getSimpleName()).as("the platform's view, not an error part").isEqualTo("ProgressView");
        job.join();
        assertThat(job.getResult().getSeverity()).as(String.valueOf(job.getResult())).isEqualTo(IStatus.OK);
        assertThat(members() - before).isEqualTo(SampleSize.TINY.militiaMembers());
    }

    private static long members() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            return session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER));
        }
    }

    private static void choose(List<Button> radios, int index) {
        for (int i = 0; i < radios.size(); i++) {
            radios.get(i).setSelection(i == index);
            radios.get(i).notifyListeners(SWT.Selection, null);
        }
    }

    private static List<Button> radios(Composite parent) {
        List<Button> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && (button.getStyle() & SWT.RADIO) != 0) {
                found.add(button);
            } else if (child instanceof Composite composite) {
                found.addAll(radios(composite));
            }
        }
        return found;
    }
}
