package org.garrison.ui.tests;

import java.time.LocalDate;

import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.store.StoreSession;
import org.garrison.ui.GarrisonUI;

/** Persons stored for a UI test, each in a small district of its own, with a valid identity number. */
final class TestPersons {

    private TestPersons() {
    }

    /** Stores a person of the name; answers its stored id. */
    static long stored(String name, String districtName) throws Exception {
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setName(districtName);
        district.setCode("320102");
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(IdentityNumber.of("320102", LocalDate.of(1990, 3, 3).plusDays(System.nanoTime() % 3000), 17));
        district.getPersons().add(person);
        try (StoreSession session = GarrisonUI.getStore().openSession()) {
            session.add(district);
            session.commit();
            return session.idOf(person).getAsLong();
        }
    }
}
