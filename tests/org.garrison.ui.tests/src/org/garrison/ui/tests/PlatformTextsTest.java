package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.ui.internal.WorkbenchMessages;
import org.junit.jupiter.api.Test;

/**
 * The platform's own dialogs speak Chinese too: Garrison's language fragments translate the JFace
 * and workbench texts that staff meet. The tests run with {@code -nl zh_CN}.
 */
class PlatformTextsTest {

    @Test
    void dialogButtonsAreChinese() {
        assertThat(IDialogConstants.OK_LABEL).isEqualTo("确定");
        assertThat(IDialogConstants.CANCEL_LABEL).isEqualTo("取消");
        assertThat(IDialogConstants.YES_LABEL).isEqualTo("是(&Y)");
        assertThat(JFaceResources.getString("PreferenceDialog.title")).isEqualTo("首选项");
        assertThat(JFaceResources.getString("PreferencesDialog.okButtonLabel")).isEqualTo("应用并关闭");
    }

    @Test
    void workbenchDialogsAreChinese() {
        assertThat(WorkbenchMessages.ShowView_shellTitle).isEqualTo("显示视图");
        assertThat(WorkbenchMessages.SaveableHelper_Dont_Save).isEqualTo("不保存(&N)");
        assertThat(WorkbenchMessages.EditorManager_saveResourcesTitle).isEqualTo("保存记录");
    }
}
