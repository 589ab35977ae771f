package org.garrison.internal.study.ui.create;

import org.eclipse.emf.ecore.EObject;
import org.garrison.internal.study.ui.StudyUi;
import org.garrison.model.study.ReadingItem;
import org.garrison.model.study.StudyPackage;
import org.garrison.ui.editor.NewRecordWizard;

/** New book of the reading list (书目), of this year; its chapters are added in its editor. */
public class NewBookWizard extends NewRecordWizard {

    public NewBookWizard() {
        super(StudyPackage.Literals.STUDY_LEDGER__READING_ITEMS);
    }

    @Override
    protected void prepare(EObject record) {
        ((ReadingItem) record).setYear(StudyUi.today().getYear());
    }
}
