package org.garrison.training.ui.tests;

import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.training.TrainingLedgers;
import org.garrison.model.training.TrainingLedger;
import org.garrison.model.training.TrainingPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.garrison.ui.editor.RecordsEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The setting of every training UI test: the small sample district stored once, of a year whose
 * batches (March to August) lie in the past whatever the day, and no editor left open after a test.
 */
abstract class TrainingUiTest {

    static final int YEAR = LocalDate.now().minusMonths(9).getYear();

    @BeforeAll
    static void storeADistrict() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(TrainingPackage.Literals.TRAINING_BATCH)) == 0) {
                SampleDistrict.generate(20261202, SampleSize.SMALL, YEAR).roots().forEach(session::add);
                session.commit();
            }
        }
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }

    static TrainingLedger ledger(StoreSession session) throws Exception {
        return TrainingLedgers.read(session);
    }

    static IEditorPart open(StoreSession session, EObject record, String editorId) throws PartInitException {
        IEditorPart editor = page().openEditor(new RecordEditorInput(session.idOf(record).getAsLong(), record.eClass(), "t"), editorId);
        settle();
        return editor;
    }

    static IEditorPart open(String editorId) throws PartInitException {
        IEditorPart editor = page().openEditor(new RecordsEditorInput(TrainingPackage.Literals.TRAINING_BATCH, "t"), editorId);
        settle();
        return editor;
    }
}
