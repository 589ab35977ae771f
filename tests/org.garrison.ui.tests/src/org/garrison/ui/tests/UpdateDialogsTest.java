package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.garrison.internal.update.ui.InstallFeaturesDialog;
import org.garrison.internal.update.ui.UpdatesDialog;
import org.garrison.testing.ui.WorkbenchDriver;
import org.garrison.update.Feature;
import org.garrison.update.FeatureChange;
import org.garrison.update.UpdateException;
import org.junit.jupiter.api.Test;

/**
 * 帮助 > 检查更新 and 安装新功能 in the workbench: what they show and take. The p2 work behind them runs in the
 * product (ProductUpdateTest installs and updates a real installation through them); a test run is no p2
 * installation, which the commands say instead of failing.
 */
class UpdateDialogsTest {

    private static final Feature EDUCATION_A = new Feature("org.garrison.example.education", "国防教育", "1.0.0.20261201-0900", "国防教育工作");
    private static final Feature EDUCATION_B = new Feature("org.garrison.example.education", "国防教育", "1.0.1.20261202-0900", "国防教育工作");
    private static final Feature DRILL_A = new Feature("org.example.drill", "演练评估", "2.0.0", "");
    private static final Feature DRILL_B = new Feature("org.example.drill", "演练评估", "2.1.0", "");

    private static Shell shell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    @Test
    void checkForUpdatesListsTheNewerVersionsAllTickedAndTakesTheTickedOnes() {
        UpdatesDialog dialog = new UpdatesDialog(shell(), List.of(new FeatureChange(EDUCATION_A, EDUCATION_B), new FeatureChange(DRILL_A, DRILL_B)));
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = WorkbenchDriver.find(dialog.getShell(), Table.class);
            assertThat(dialog.getShell().getText()).isEqualTo("检查更新");
            assertThat(List.of(table.getColumns()).stream().map(column -> column.getText()).toList()).containsExactly("功能", "已安装的版本", "新版本");
            assertThat(table.getItemCount()).isEqualTo(2);
            TableItem education = table.getItem(0);
            assertThat(List.of(education.getText(0), education.getText(1), education.getText(2)))
                    .containsExactly("国防教育", "1.0.0.20261201-0900", "1.0.1.20261202-0900");
            assertThat(education.getChecked()).isTrue();
            Button update = WorkbenchDriver.button(dialog.getShell(), "更新");
            assertThat(update.isEnabled()).isTrue();

            tick(table, 1, false);
            tick(table, 0, false);
            assertThat(update.isEnabled()).as("nothing ticked, nothing to update").isFalse();
            tick(table, 0, true);
            assertThat(update.isEnabled()).isTrue();
            update.notifyListeners(SWT.Selection, new Event());
            assertThat(dialog.getReturnCode()).isEqualTo(IDialogConstants.OK_ID);
            assertThat(dialog.chosen()).extracting(change -> change.after()).containsExactly(EDUCATION_B);
        } finally {
            dialog.close();
        }
    }

    @Test
    void installNewFeaturesReadsThePresetSiteAndInstallsTheTickedFeatures() {
        List<List<URI>> asked = new ArrayList<>();
        URI site = URI.create("file:/srv/garrison/departments/");
        InstallFeaturesDialog dialog = new InstallFeaturesDialog(shell(), List.of(site), (sites, monitor) -> {
            asked.add(sites);
            return List.of(EDUCATION_A, DRILL_A);
        });
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = WorkbenchDriver.find(dialog.getShell(), Table.class);
            WorkbenchDriver.waitUntil(() -> table.getItemCount() == 2);
            assertThat(asked).as("the preset site is read when the dialog opens").containsExactly(List.of(site));
            assertThat(table.getItem(0).getText(0)).isEqualTo("国防教育");
            assertThat(table.getItem(0).getText(2)).isEqualTo("国防教育工作");
            Button install = WorkbenchDriver.button(dialog.getShell(), "安装");
            assertThat(install.isEnabled()).as("nothing ticked yet").isFalse();
            tick(table, 0, true);
            assertThat(install.isEnabled()).isTrue();
            install.notifyListeners(SWT.Selection, new Event());
            assertThat(dialog.chosen()).containsExactly(EDUCATION_A);
            assertThat(dialog.sites()).containsExactly(site);
        } finally {
            dialog.close();
        }
    }

    @Test
    void anUnreadableSiteIsSaidInTheDialogAndNothingIsOffered() {
        InstallFeaturesDialog dialog = new InstallFeaturesDialog(shell(), List.of(URI.create("file:/nowhere/")), (sites, monitor) -> {
            throw new UpdateException("无法读取更新站点 file:/nowhere/：没有这个文件夹。");
        });
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            // the title area's message line says it
            WorkbenchDriver.waitUntil(() -> WorkbenchDriver.first(dialog.getShell(), control -> control instanceof org.eclipse.swt.widgets.Text text
                    && text.getText().contains("无法读取更新站点 file:/nowhere/")) != null
                    || WorkbenchDriver.labels(dialog.getShell()).stream().anyMatch(text -> text.contains("无法读取更新站点")));
            assertThat(WorkbenchDriver.find(dialog.getShell(), Table.class).getItemCount()).isZero();
            assertThat(WorkbenchDriver.button(dialog.getShell(), "安装").isEnabled()).isFalse();
        } finally {
            dialog.close();
        }
    }

    @Test
    void aRunThatIsNoInstallationSaysSoInsteadOfChecking() throws Exception {
        List<String> read = WorkbenchDriver.answerDialog("检查更新");
        WorkbenchDriver.command("org.garrison.update.check");
        WorkbenchDriver.waitUntil(() -> !read.isEmpty());
        assertThat(String.join("", read)).contains("不是一份可以安装和更新的武装工作平台");
    }

    private static void tick(Table table, int row, boolean checked) {
        TableItem item = table.getItem(row);
        item.setChecked(checked);
        Event event = new Event();
        event.item = item;
        event.detail = SWT.CHECK;
        table.notifyListeners(SWT.Selection, event);
        WorkbenchDriver.settle();
    }
}
