package org.garrison.internal.training.ui;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.garrison.internal.training.GradeScale;
import org.garrison.internal.training.TrainingSettings;

/** 窗口 &gt; 首选项 &gt; 军事训练: the grade thresholds (90/80/60) and how long an instructor's certificate is valid. */
public class TrainingPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    private ThresholdField excellent;
    private ThresholdField good;
    private ThresholdField pass;

    public TrainingPreferencePage() {
        super(GRID);
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TrainingSettings.NODE));
        setDescription(Messages.Preferences_description);
    }

    @Override
    public void init(IWorkbench workbench) {
        getPreferenceStore().setDefault(TrainingSettings.EXCELLENT, GradeScale.DEFAULT.excellent());
        getPreferenceStore().setDefault(TrainingSettings.GOOD, GradeScale.DEFAULT.good());
        getPreferenceStore().setDefault(TrainingSettings.PASS, GradeScale.DEFAULT.pass());
        getPreferenceStore().setDefault(TrainingSettings.VALIDITY_YEARS, TrainingSettings.DEFAULT_VALIDITY_YEARS);
    }

    @Override
    protected void createFieldEditors() {
        excellent = new ThresholdField(TrainingSettings.EXCELLENT, Messages.Preferences_excellent);
        good = new ThresholdField(TrainingSettings.GOOD, Messages.Preferences_good);
        pass = new ThresholdField(TrainingSettings.PASS, Messages.Preferences_pass);
        addField(excellent);
        addField(good);
        addField(pass);
        IntegerFieldEditor years = new IntegerFieldEditor(TrainingSettings.VALIDITY_YEARS, Messages.Preferences_validity, getFieldEditorParent(), 2);
        years.setValidRange(1, 10);
        years.setErrorMessage(Messages.Preferences_validityRange);
        addField(years);
    }

    @Override
    protected void checkState() {
        super.checkState();
        if (isValid() && excellent != null) {
            try {
                new GradeScale(excellent.value(), good.value(), pass.value());
            } catch (IllegalArgumentException e) {
                setErrorMessage(Messages.Preferences_order);
                setValid(false);
            }
        }
    }

    @Override
    public void propertyChange(org.eclipse.jface.util.PropertyChangeEvent event) {
        super.propertyChange(event);
        if (event.getProperty().equals(org.eclipse.jface.preference.FieldEditor.VALUE)) {
            checkState();
        }
    }

    /** A score threshold between 1 and 100. */
    private final class ThresholdField extends StringFieldEditor {

        ThresholdField(String key, String label) {
            super(key, label, 5, getFieldEditorParent());
            setEmptyStringAllowed(false);
            setErrorMessage(NLS.bind(Messages.Preferences_threshold, label));
        }

        double value() {
            Double parsed = org.garrison.internal.training.TrainingTexts.parseScore(getStringValue());
            return parsed == null ? Double.NaN : parsed;
        }

        @Override
        protected boolean doCheckState() {
            double value = value();
            return value > 0 && value <= 100;
        }
    }
}
