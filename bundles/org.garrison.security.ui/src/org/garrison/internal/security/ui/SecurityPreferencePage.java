package org.garrison.internal.security.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.garrison.internal.security.SecuritySettings;

/** 窗口 &gt; 首选项 &gt; 安全管理: the days a hazard found gets for its rectification, how many days ahead dues are reminded. */
public class SecurityPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public SecurityPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, SecuritySettings.BUNDLE));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        getPreferenceStore().setDefault(SecuritySettings.DEADLINE_DAYS, SecuritySettings.DEFAULT_DEADLINE_DAYS);
        getPreferenceStore().setDefault(SecuritySettings.NOTICE_DAYS, SecuritySettings.DEFAULT_NOTICE_DAYS);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor deadline = new IntegerFieldEditor(SecuritySettings.DEADLINE_DAYS, Messages.Preferences_deadline, getFieldEditorParent(), 3);
        deadline.setValidRange(1, 365);
        deadline.setErrorMessage(Messages.Preferences_deadlineRange);
        addField(deadline);
        IntegerFieldEditor notice = new IntegerFieldEditor(SecuritySettings.NOTICE_DAYS, Messages.Preferences_notice, getFieldEditorParent(), 3);
        notice.setValidRange(1, 365);
        notice.setErrorMessage(Messages.Preferences_noticeRange);
        addField(notice);
    }
}
