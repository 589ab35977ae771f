package org.garrison.internal.model.derived;

import java.time.LocalDate;
import java.time.Period;

import org.garrison.model.core.Person;
import org.garrison.model.core.Sex;
import org.garrison.model.identity.IdentityNumber;

/** A person's sex, birth date and age, read from the identity number: never typed in. */
public final class PersonDerived {

    private PersonDerived() {
    }

    public static Sex sex(Person person) {
        return IdentityNumber.sex(person.getIdentityNumber());
    }

    public static LocalDate birthDate(Person person) {
        return IdentityNumber.birthDate(person.getIdentityNumber());
    }

    /** Whole years of age on the date, or -1 when the identity number gives no birth date. */
    public static int ageOn(Person person, LocalDate date) {
        LocalDate birth = birthDate(person);
        return birth == null || date == null ? -1 : Period.between(birth, date).getYears();
    }
}
