package org.garrison.internal.ui.preferences;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.garrison.internal.ui.GarrisonHome;
import org.garrison.internal.ui.Messages;
import org.garrison.ui.GarrisonUI;

/**
 * The workbench's language, Chinese or English, from the next start on. The start script reads
 * the choice from the file {@code language} in the Garrison home (a {@code -nl} option still wins),
 * because the language must be known before the platform starts.
 */
public class LanguagePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".preferences.language"; //$NON-NLS-1$
    static final String FILE = "language"; //$NON-NLS-1$

    private Button chinese;
    private Button english;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_languageDescription);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(area);
        chinese = new Button(area, SWT.RADIO);
        chinese.setText(Messages.Preferences_chinese);
        english = new Button(area, SWT.RADIO);
        english.setText(Messages.Preferences_english);
        boolean isEnglish = chosen().startsWith("en"); //$NON-NLS-1$
        english.setSelection(isEnglish);
        chinese.setSelection(!isEnglish);
        return area;
    }

    /** The chosen language: the file's, else the running workbench's. */
    static String chosen() {
        try {
            Path file = file();
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            // unreadable: fall back to the language running now
        }
        return Locale.getDefault().toString();
    }

    static Path file() {
        return GarrisonHome.folder().resolve(FILE);
    }

    @Override
    protected void performDefaults() {
        chinese.setSelection(true);
        english.setSelection(false);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), english.getSelection() ? "en\n" : "zh_CN\n", StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$
            return true;
        } catch (IOException e) {
            setErrorMessage(NLS.bind(Messages.Preferences_languageNotSaved, file(), e.getMessage()));
            return false;
        }
    }
}
