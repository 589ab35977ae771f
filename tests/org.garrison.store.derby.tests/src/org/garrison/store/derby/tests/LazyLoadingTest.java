package org.garrison.store.derby.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.emf.ecore.InternalEObject;
import org.garrison.internal.store.derby.DerbyStore;
import org.garrison.model.core.CorePackage;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.mobilization.MilitiaMember;
import org.garrison.model.mobilization.MobilizationLedger;
import org.garrison.model.mobilization.MobilizationPackage;
import org.garrison.sample.SampleDistrict;
import org.garrison.sample.SampleSize;
import org.garrison.store.StoreSession;
import org.junit.jupiter.api.Test;

/** An area is loaded on its own; the records of other areas it refers to load when followed, each once per session. */
class LazyLoadingTest {

    @Test
    void theMobilizationLedgerLoadsWithoutTheDistrictAndFollowsItsPersonsOnDemand() throws Exception {
        SampleDistrict sample = SampleDistrict.generate(5, SampleSize.TINY, 2026);
        DerbyStore store = TestDatabases.freshStore("lazy", records -> new org.eclipse.emf.common.util.BasicDiagnostic());
        try (StoreSession writer = store.openSession()) {
            sample.roots().forEach(writer::add);
            writer.commit();
        }
        MilitiaMember original = firstMember(sample.mobilization());

        try (StoreSession session = store.openSession()) {
            List<MobilizationLedger> ledgers = session.loadRoots(MobilizationPackage.Literals.MOBILIZATION_LEDGER);

            assertThat(ledgers).hasSize(1);
            MilitiaMember member = firstMember(ledgers.get(0));
            Object person = member.eGet(MobilizationPackage.Literals.MILITIA_MEMBER__PERSON, false);
            assertThat(((InternalEObject) person).eIsProxy()).as("the person is not read with the ledger").isTrue();
            assertThat(session.resource().getContents()).containsExactly(ledgers.get(0));

            Person followed = member.getPerson();
            assertThat(followed.eIsProxy()).isFalse();
            assertThat(followed.getName()).isEqualTo(original.getPerson().getName());
            assertThat(followed.getIdentityNumber()).isEqualTo(original.getPerson().getIdentityNumber());
            assertThat(followed.eResource()).isSameAs(session.resource());

            List<District> districts = session.loadRoots(CorePackage.Literals.DISTRICT);
            assertThat(districts).hasSize(1);
            assertThat(districts.get(0).getPersons()).contains(followed); // the same object, now in its district
            assertThat(followed.eContainer()).isSameAs(districts.get(0));
            assertThat(session.hasChanges()).as("reading is not changing").isFalse();
        }
        store.close();
    }

    private static MilitiaMember firstMember(MobilizationLedger ledger) {
        java.util.Iterator<org.eclipse.emf.ecore.EObject> contents = ledger.eAllContents();
        while (contents.hasNext()) {
            if (contents.next() instanceof MilitiaMember member) {
                return member;
            }
        }
        throw new AssertionError("the sample ledger has no militia member");
    }
}
