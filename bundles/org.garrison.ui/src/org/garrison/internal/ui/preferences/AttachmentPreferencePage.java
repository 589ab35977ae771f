package org.garrison.internal.ui.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.garrison.internal.ui.Messages;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.AttachmentFiles;

/** The largest file accepted as one attachment. */
public class AttachmentPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AttachmentPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, GarrisonUI.PLUGIN_ID);
        store.setDefault(AttachmentFiles.LIMIT_PREFERENCE, AttachmentFiles.DEFAULT_LIMIT_MEGABYTES);
        setPreferenceStore(store);
        setDescription(Messages.Preferences_attachmentsDescription);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor limit = new IntegerFieldEditor(AttachmentFiles.LIMIT_PREFERENCE, Messages.Preferences_attachmentLimit, getFieldEditorParent());
        limit.setValidRange(1, 1024);
        addField(limit);
    }
}
