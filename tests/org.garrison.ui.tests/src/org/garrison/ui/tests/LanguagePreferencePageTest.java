package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.garrison.internal.ui.GarrisonHome;
import org.garrison.internal.ui.preferences.LanguagePreferencePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Language page writes the choice where the start script reads it. */
class LanguagePreferencePageTest {

    private final Path file = GarrisonHome.folder().resolve("language");

    @AfterEach
    void forget() throws Exception {
        Files.deleteIfExists(file);
    }

    @Test
    void choosingEnglishWritesItForTheNextStart() throws Exception {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                LanguagePreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Button chinese = button(dialog.getShell(), "中文");
            Button english = button(dialog.getShell(), "English（英文）");
            assertThat(chinese.getSelection()).as("the workbench runs in Chinese").isTrue();
            chinese.setSelection(false);
            english.setSelection(true);
            button(dialog.getShell(), "应用并关闭").notifyListeners(SWT.Selection, null);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8).strip()).isEqualTo("en");
    }

    private static Button button(Composite parent, String text) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Composite composite) {
                try {
                    return button(composite, text);
                } catch (AssertionError notHere) {
                    // keep looking
                }
            }
        }
        throw new AssertionError("no button " + text);
    }
}
