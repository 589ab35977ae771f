package org.garrison.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.garrison.internal.ui.preferences.StorePreferencePage;
import org.garrison.internal.ui.store.StoreLocation;
import org.garrison.store.StoreSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Database preference page (Window > Preferences) writes what the next start reads. */
class StorePreferencePageTest {

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(StoreLocation.NODE);

    @AfterEach
    void forget() throws Exception {
        node.clear();
        node.flush();
    }

    @Test
    void choosingTheSharedServerOnThePageMakesTheNextStartUseIt() throws Exception {
        node.put(StoreLocation.HOST, "10.0.0.5");
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
                StorePreferencePage.ID, null, null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            List<Control> controls = controls(dialog.getShell());
            Button server = button(controls, "共享数据库服务器（多人使用）");
            button(controls, "本机数据库（单人使用）").setSelection(false);
            Text host = controls.stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(text -> text.getText().equals("10.0.0.5")).findFirst().orElseThrow();
            assertThat(host.isEnabled()).as("the server's fields wait for the server to be chosen").isFalse();
            server.setSelection(true);
            server.notifyListeners(SWT.Selection, null);
            assertThat(host.isEnabled()).isTrue();
            host.setText("10.0.0.6");
            assertThat(dialog.getSelectedPage()).isInstanceOf(StorePreferencePage.class);
            assertThat(((StorePreferencePage) dialog.getSelectedPage()).getDescription()).contains("现在使用的数据库：").contains("garrison-home");
            button(controls, "应用并关闭").notifyListeners(SWT.Selection, null);
        } finally {
            if (dialog.getShell() != null && !dialog.getShell().isDisposed()) {
                dialog.close();
            }
        }
        assertThat(node.get(StoreLocation.MODE, "")).isEqualTo(StoreLocation.MODE_SERVER);
        assertThat(node.get(StoreLocation.HOST, "")).isEqualTo("10.0.0.6");
        StoreSettings next = StoreLocation.resolve(List.of(), java.util.Map.of(), node);
        assertThat(next.describe()).isEqualTo("10.0.0.6:1527/garrison");
    }

    private static Button button(List<Control> controls, String text) {
        return controls.stream().filter(Button.class::isInstance).map(Button.class::cast).filter(b -> text.equals(b.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + text));
    }

    private static List<Control> controls(Composite parent) {
        List<Control> all = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            all.add(child);
            if (child instanceof Composite composite) {
                all.addAll(controls(composite));
            }
        }
        return all;
    }
}
