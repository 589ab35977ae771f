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
            assertThat(radios).extracting(Button::getText).startsWith("创建小型示例区（2,000 名民兵）——正在测算本机所需时间…").endsWith("从空白开始");
            // each size says how long it takes here, measured while the dialog is open
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> dialog.timings() != null);
            assertThat(radios).extracting(Button::getText).containsExactly(
                    "创建小型示例区（2,000 名民兵）——本机约需" + SampleSizesText.of(dialog.timings().get(SampleSize.SMALL)),
                    "创建中型示例区（20,000 名民兵）——本机约需" + SampleSizesText.of(dialog.timings().get(SampleSize.MEDIUM)),
                    "创建大型示例区（100,000 名民兵）——本机约需" + SampleSizesText.of(dialog.timings().get(SampleSize.LARGE)), "从空白开始");
            assertThat(dialog.timings().get(SampleSize.LARGE)).isGreaterThan(dialog.timings().get(SampleSize.SMALL)).isPositive();
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

    /**
     * The first start with the large sample on a fresh database: the navigator says so in place of the
     * empty tree from the start (while the records are still generated) and counts the records written;
     * the workbench's progress for the job grows; 取消操作 in the 进度 view stops it, nothing is left in
     * the database, and the next start offers the sample again.
     */
    @Test
    void theLargeSamplesProgressIsShownAndCancellingLeavesNothing() throws Exception {
        org.garrison.store.Store fresh = org.garrison.testing.TestStores.fresh("first-start");
        org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        org.garrison.internal.ui.navigator.NavigatorView navigator = (org.garrison.internal.ui.navigator.NavigatorView) page.showView(GarrisonUI.NAVIGATOR_VIEW_ID);
        try {
            assertThat(org.garrison.internal.ui.firststart.FirstStart.isEmpty(fresh)).isTrue();
            SampleDistrictJob job = org.garrison.internal.ui.firststart.FirstStart.writeSample(fresh, SampleSize.LARGE);
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> navigator.placeholder() != null);
            assertThat(navigator.placeholder().getText()).isEqualTo("正在创建示例区…（正在生成示例数据）");

            // the status line names the job while its records are still generated, and its progress bar grows as they are written
            org.eclipse.swt.widgets.Shell window = page.getWorkbenchWindow().getShell();
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> labelsUnder(window).stream().anyMatch(text -> text.contains("正在创建示例区（100,000 名民兵）")));
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> job.written() > 0 && statusBar(window) != null && statusBar(window).getSelection() > 0);
            int first = statusBar(window).getSelection();
            int written = job.written();
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> job.written() > written && statusBar(window).getSelection() > first);
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> navigator.placeholder().getText().contains("已写入"));
            assertThat(navigator.placeholder().getText()).startsWith("正在创建示例区…（已写入 ").endsWith(" / " + String.format("%,d", job.total()) + " 条记录）");

            org.eclipse.ui.IViewPart progress = page.showView("org.eclipse.ui.views.ProgressView");
            org.garrison.testing.ui.WorkbenchDriver.settle();
            // the view lists the job with its own 取消操作 (it fills its rows a moment after it opens)
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> cancelItem(window, "取消操作") != null || job.getState() == org.eclipse.core.runtime.jobs.Job.NONE);
            org.eclipse.swt.widgets.ToolItem cancel = cancelItem(window, "取消操作");
            assertThat(cancel).as("the Progress view's 取消操作 of the job, while it runs").isNotNull();
            assertThat(labelsUnder(progress.getSite().getShell())).anySatisfy(text -> assertThat(text).contains("正在创建示例区（100,000 名民兵）"));
            cancel.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
            job.join();
            assertThat(job.getResult().getSeverity()).isEqualTo(IStatus.CANCEL);
            try (StoreSession session = fresh.openSession()) {
                assertThat(session.loadAll()).as("nothing half-written").isEmpty();
            }
            assertThat(org.garrison.internal.ui.firststart.FirstStart.isEmpty(fresh)).as("the next start offers the sample again").isTrue();
            org.garrison.testing.ui.WorkbenchDriver.waitUntil(() -> navigator.placeholder() == null);
        } finally {
            fresh.close();
        }
    }

    /** The determinate progress bar of the status line (the Progress view is not open yet): the one visible with a range. */
    private static org.eclipse.swt.widgets.ProgressBar statusBar(Composite parent) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.ProgressBar bar && bar.isVisible() && (bar.getStyle() & SWT.INDETERMINATE) == 0
                    && bar.getMaximum() > 0) {
                return bar;
            }
            if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.ProgressBar found = statusBar(composite);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> labelsUnder(Composite parent) {
        List<String> texts = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Label label) {
                texts.add(label.getText());
            } else if (child instanceof org.eclipse.swt.widgets.Link link) {
                texts.add(link.getText());
            } else if (child instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    texts.add(item.getText() + " " + item.getToolTipText());
                }
            } else if (child instanceof org.eclipse.swt.custom.CLabel label && label.getText() != null) {
                texts.add(label.getText());
            } else if (child instanceof Composite composite) {
                texts.addAll(labelsUnder(composite));
            }
        }
        return texts;
    }

    /** The tool item with the tooltip under the composite (the Progress view's cancel button of a job). */
    private static org.eclipse.swt.widgets.ToolItem cancelItem(Composite parent, String tooltip) {
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.ToolBar bar) {
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if (tooltip.equals(item.getToolTipText()) && item.isEnabled()) {
                        return item;
                    }
                }
            } else if (child instanceof Composite composite) {
                org.eclipse.swt.widgets.ToolItem found = cancelItem(composite, tooltip);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** How the dialog writes a measured time. */
    private static final class SampleSizesText {
        static String of(java.time.Duration duration) {
            long seconds = Math.max(1, duration.toSeconds());
            return seconds < 90 ? seconds + "秒" : Math.round(seconds / 60.0) + "分钟";
        }
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
