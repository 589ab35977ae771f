package org.garrison.model.tests;

import java.time.LocalDate;

import org.garrison.model.core.CoreFactory;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;

/** Small hand-made records for the tests. */
final class Records {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private Records() {
    }

    static Person person(String name, String identityNumber) {
        Person person = CoreFactory.eINSTANCE.createPerson();
        person.setName(name);
        person.setIdentityNumber(identityNumber);
        return person;
    }

    static District district(Person... persons) {
        District district = CoreFactory.eINSTANCE.createDistrict();
        district.setCode("320102");
        district.setName("玄武区");
        for (Person person : persons) {
            district.getPersons().add(person);
        }
        return district;
    }
}
