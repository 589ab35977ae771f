package org.garrison.internal.study.ui.create;

import org.eclipse.emf.ecore.EObject;
import org.garrison.model.study.StudyGroup;
import org.garrison.model.study.StudyPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New study group (学习对象); members and kinds of study are added in its editor. Four books a year by default. */
public class NewGroupWizard extends NewRecordWizard {

    public NewGroupWizard() {
        super(StudyPackage.Literals.STUDY_LEDGER__GROUPS);
    }

    @Override
    protected void prepare(EObject record) {
        ((StudyGroup) record).setBooksPerYear(4);
    }
}
