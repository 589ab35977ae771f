package org.garrison.security.ui.tests;

import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.garrison.model.security.SecurityPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;
import org.garrison.ui.editor.RecordEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * The setting of every security UI test: the small sample district as written today (maintenance done
 * up to today, some of it overdue), stored once, and no editor left open after a test.
 */
abstract class SecurityUiTest {

    static final LocalDate TODAY = GarrisonUI.today();

    @BeforeAll
    static void storeADistrict() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(SecurityPackage.Literals.ASSET)) == 0) {
                SampleDistrict.generate(20261203, SampleSize.SMALL, TODAY).roots().forEach(session::add);
                session.commit();
            }
        }
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }

    static IEditorPart open(StoreSession session, EObject record, String editorId) throws PartInitException {
        IEditorPart editor = page().openEditor(new RecordEditorInput(session.idOf(record).getAsLong(), record.eClass(), "t"), editorId);
        settle();
        return editor;
    }
}
