package org.garrison.mobilization.ui.tests;

import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.garrison.store.query.Query;
import org.garrison.ui.GarrisonUI;

/** The district every mobilization test works on: a generated one of 10,000 militia members, stored once per test run. */
final class CompactDistrict {

    static final int MEMBERS = SampleSize.COMPACT.militiaMembers();

    private CompactDistrict() {
    }

    static void stored() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            if (session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER)) == 0) {
                SampleDistrict.generate(20261129, SampleSize.COMPACT, 2026).roots().forEach(session::add);
                session.commit();
            }
        }
    }

    static long members() throws Exception {
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            return session.count(Query.of(MobilizationPackage.Literals.MILITIA_MEMBER));
        }
    }
}
