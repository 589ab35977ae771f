package org.garrison.study.ui.tests;

import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.garrison.internal.study.StudyLedgers;
import org.garrison.model.study.StudyLedger;
import org.garrison.model.study.StudyPackage;
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
 * The setting of every study UI test: the small sample district stored once, of a year whose first
 * seven months lie in the past whatever the day (so make-ups are past due and June's weeks closed),
 * and no editor left open after a test.
 */
abstract class StudyUiTest {

    static final int YEAR = LocalDate.now().minusMonths(7).getYear();

    @BeforeAll
    static void storeADistrict() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(StudyPackage.Literals.STUDY_SESSION)) == 0) {
                SampleDistrict.generate(20261201, SampleSize.SMALL, YEAR).roots().forEach(session::add);
                session.commit();
            }
        }
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }

    /** The stored ledger, read afresh in a session of the test's own (close it). */
    static StudyLedger ledger(StoreSession session) throws Exception {
        return StudyLedgers.read(session);
    }

    static IEditorPart open(StoreSession session, org.eclipse.emf.ecore.EObject record, String editorId) throws PartInitException {
        IEditorPart editor = page().openEditor(new RecordEditorInput(session.idOf(record).getAsLong(), record.eClass(), "t"), editorId);
        settle();
        return editor;
    }

    static IEditorPart open(String editorId) throws PartInitException {
        IEditorPart editor = page().openEditor(new RecordsEditorInput(StudyPackage.Literals.STUDY_SESSION, "t"), editorId);
        settle();
        return editor;
    }
}
