package org.garrison.internal.ui.preferences;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.garrison.internal.ui.Messages;
import org.garrison.internal.ui.store.StoreLocation;
import org.garrison.store.StoreSettings;
import org.garrison.ui.GarrisonUI;

/**
 * Where the records live: the embedded database's folder, or a shared Derby network server (host,
 * port, database, user). Read when the workbench starts; the command line still wins over it.
 */
public class StorePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = GarrisonUI.PLUGIN_ID + ".preferences.store"; //$NON-NLS-1$

    private static final String EMBEDDED = "embedded"; //$NON-NLS-1$

    public StorePreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, StoreLocation.NODE);
        store.setDefault(StoreLocation.MODE, EMBEDDED);
        store.setDefault(StoreLocation.PORT, StoreSettings.DEFAULT_PORT);
        store.setDefault(StoreLocation.DATABASE, StoreSettings.DEFAULT_DATABASE);
        store.setDefault(StoreLocation.HOST, "localhost"); //$NON-NLS-1$
        setPreferenceStore(store);
        String current = GarrisonUI.getStore() == null ? "" : GarrisonUI.getStore().settings().describe(); //$NON-NLS-1$
        setDescription(NLS.bind(Messages.Preferences_storeDescription, current));
    }

    private RadioGroupFieldEditor mode;
    private final List<FieldEditor> embeddedFields = new ArrayList<>();
    private final List<FieldEditor> serverFields = new ArrayList<>();

    @Override
    protected void createFieldEditors() {
        mode = new RadioGroupFieldEditor(StoreLocation.MODE, Messages.Preferences_mode, 1,
                new String[][] { { Messages.Preferences_embedded, EMBEDDED }, { Messages.Preferences_server, StoreLocation.MODE_SERVER } },
                getFieldEditorParent(), true);
        addField(mode);
        embeddedFields.add(new DirectoryFieldEditor(StoreLocation.DATA_FOLDER, Messages.Preferences_dataFolder, getFieldEditorParent()));
        serverFields.add(new StringFieldEditor(StoreLocation.HOST, Messages.Preferences_host, getFieldEditorParent()));
        IntegerFieldEditor port = new IntegerFieldEditor(StoreLocation.PORT, Messages.Preferences_port, getFieldEditorParent());
        port.setValidRange(1, 65535);
        port.setErrorMessage(Messages.Preferences_portInvalid);
        serverFields.add(port);
        serverFields.add(new StringFieldEditor(StoreLocation.DATABASE, Messages.Preferences_database, getFieldEditorParent()));
        serverFields.add(new StringFieldEditor(StoreLocation.USER, Messages.Preferences_user, getFieldEditorParent()));
        embeddedFields.forEach(this::addField);
        serverFields.forEach(this::addField);
    }

    @Override
    protected void initialize() {
        super.initialize();
        enableFor(getPreferenceStore().getString(StoreLocation.MODE));
    }

    /** Only the chosen kind's fields can be edited: a folder for the local database, an address for a server. */
    @Override
    public void propertyChange(PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getSource() == mode) {
            enableFor((String) event.getNewValue());
        }
    }

    private void enableFor(String chosen) {
        boolean server = StoreLocation.MODE_SERVER.equals(chosen);
        embeddedFields.forEach(field -> field.setEnabled(!server, getFieldEditorParent()));
        serverFields.forEach(field -> field.setEnabled(server, getFieldEditorParent()));
    }
}
