package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.garrison.ui.GarrisonUI;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * Help > About runs the standard About command; Garrison's dialog answers it with the product's
 * version and build id.
 */
class AboutDialogTest {

    private static final String DIALOG_TITLE = "关于武装工作平台";

    @Test
    void aboutCommandShowsVersionAndBuildId() throws CommandException {
        Display display = PlatformUI.getWorkbench().getDisplay();
        List<String> seen = new ArrayList<>();
        List<String> otherShells = new ArrayList<>();
        List<String> copied = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 20_000;
        Runnable closeWhenShown = new Runnable() {
            @Override
            public void run() {
                for (Shell shell : display.getShells()) {
                    if (shell.isVisible() && DIALOG_TITLE.equals(shell.getText())) {
                        collectLabels(shell, seen);
                        copied.add(copyThroughTheButton(shell));
                        shell.close();
                        return;
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    // Whatever opened instead must not block the test run.
                    for (Shell shell : display.getShells()) {
                        if (shell != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell() && shell.isVisible()) {
                            otherShells.add(shell.getText());
                            shell.close();
                        }
                    }
                    return;
                }
                display.timerExec(100, this);
            }
        };
        display.timerExec(100, closeWhenShown);

        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.eclipse.ui.help.aboutAction", null);

        Version version = FrameworkUtil.getBundle(GarrisonUI.class).getVersion();
        assertThat(otherShells).as("dialogs other than Garrison's About").isEmpty();
        assertThat(version.getQualifier()).as("build id stamped by the build").matches("\\d{8}-\\d{4}");
        assertThat(seen).contains(
                "武装工作平台",
                "版本：" + version.getMajor() + "." + version.getMinor() + "." + version.getMicro(),
                "构建标识：" + version.getQualifier());
        // every area with the release of the plug-in contributing it: the mobilization area's and this test bundle's
        Version tests = FrameworkUtil.getBundle(AboutDialogTest.class).getVersion();
        assertThat(seen).contains("业务和插件版本：");
        int mobilization = seen.indexOf("民兵和动员工作");
        assertThat(mobilization).as("the mobilization area in " + seen).isPositive();
        assertThat(seen.get(mobilization + 1)).isEqualTo(org.eclipse.core.runtime.Platform.getBundle("org.garrison.mobilization.ui").getVersion().toString());
        assertThat(seen.get(seen.indexOf("测试部门") + 1)).as("a department's area").isEqualTo(tests.toString());

        // 复制 puts what the dialog says on the clipboard, one area and its version to a line
        assertThat(copied).singleElement().asString()
                .startsWith("武装工作平台\n版本：" + version.getMajor() + "." + version.getMinor() + "." + version.getMicro() + "\n构建标识：" + version.getQualifier() + "\n")
                .contains("业务和插件版本：\n")
                .contains("  民兵和动员工作\t" + org.eclipse.core.runtime.Platform.getBundle("org.garrison.mobilization.ui").getVersion() + "\n")
                .contains("  测试部门\t" + tests + "\n");
    }

    /** Presses 复制(C) and answers what the clipboard then holds as text. */
    private static String copyThroughTheButton(Shell dialog) {
        org.eclipse.swt.widgets.Button copy = buttons(dialog).stream().filter(button -> button.getText().equals("复制(&C)")).findFirst()
                .orElseThrow(() -> new AssertionError("no 复制 button in the About dialog"));
        copy.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(dialog.getDisplay());
        try {
            return String.valueOf(clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance()));
        } finally {
            clipboard.dispose();
        }
    }

    private static List<org.eclipse.swt.widgets.Button> buttons(Composite parent) {
        List<org.eclipse.swt.widgets.Button> buttons = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.Button button) {
                buttons.add(button);
            } else if (child instanceof Composite composite) {
                buttons.addAll(buttons(composite));
            }
        }
        return buttons;
    }

    private static void collectLabels(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Label label && !label.getText().isEmpty()) {
                texts.add(label.getText());
            }
            if (child instanceof Composite composite) {
                collectLabels(composite, texts);
            }
        }
    }
}
