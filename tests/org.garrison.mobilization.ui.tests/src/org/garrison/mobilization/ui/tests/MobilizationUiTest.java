package org.garrison.mobilization.ui.tests;

import static org.garrison.testing.ui.WorkbenchDriver.page;
import static org.garrison.testing.ui.WorkbenchDriver.settle;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** The setting of every mobilization UI test: the 10,000-member district stored, no editor left open after a test. */
abstract class MobilizationUiTest {

    @BeforeAll
    static void storeADistrict() throws Exception {
        CompactDistrict.stored();
    }

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        settle();
    }
}
