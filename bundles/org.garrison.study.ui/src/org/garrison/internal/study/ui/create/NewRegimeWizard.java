package org.garrison.internal.study.ui.create;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.StudyPackage;
import org.garrison.model.study.StudyRegime;
import org.garrison.ui.editor.NewRecordWizard;

/** New study regime (学习制度), starting today. */
public class NewRegimeWizard extends NewRecordWizard {

    public NewRegimeWizard() {
        super(StudyPackage.Literals.STUDY_LEDGER__REGIMES);
    }

    @Override
    protected void prepare(EObject record) {
        ((StudyRegime) record).setStartDate(StudyUi.today());
    }
}
