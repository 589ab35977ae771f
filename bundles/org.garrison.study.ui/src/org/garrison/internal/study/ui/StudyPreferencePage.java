package org.garrison.internal.study.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.garrison.internal.study.StudySettings;

/** 窗口 &gt; 首选项 &gt; 政治学习: within how many days an absentee makes a session up. */
public class StudyPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public StudyPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, StudySettings.NODE));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        getPreferenceStore().setDefault(StudySettings.MAKE_UP_DAYS, StudySettings.DEFAULT_MAKE_UP_DAYS);
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor days = new IntegerFieldEditor(StudySettings.MAKE_UP_DAYS, Messages.Preferences_makeUpDays, getFieldEditorParent(), 3);
        days.setValidRange(1, 365);
        days.setErrorMessage(Messages.Preferences_makeUpDaysRange);
        addField(days);
    }
}
