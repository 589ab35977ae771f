package org.garrison.report.ui.tests;

import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;

/** The setting of the report workbench tests: the sample district of the report year, stored once. */
final class ReportWorkbench {

    static final int YEAR = 2026;

    private ReportWorkbench() {
    }

    static void districtStored() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)) == 0) {
                SampleDistrict.generate(20261129, SampleSize.SMALL, YEAR).roots().forEach(session::add);
                session.commit();
            }
        }
    }
}
