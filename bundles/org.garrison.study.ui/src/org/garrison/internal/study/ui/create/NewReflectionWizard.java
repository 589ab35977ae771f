package org.garrison.internal.study.ui.create;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.Reflection;
import org.garrison.model.study.StudyPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New reflection (学习心得), dated today. */
public class NewReflectionWizard extends NewRecordWizard {

    public NewReflectionWizard() {
        super(StudyPackage.Literals.STUDY_LEDGER__REFLECTIONS);
    }

    @Override
    protected void prepare(EObject record) {
        ((Reflection) record).setDate(StudyUi.today());
    }
}
