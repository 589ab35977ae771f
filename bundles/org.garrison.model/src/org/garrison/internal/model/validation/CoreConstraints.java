package org.garrison.internal.model.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.garrison.model.core.CorePackage.Literals;
import org.garrison.model.core.District;
import org.garrison.model.core.Person;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.labels.ModelLabels;
import org.garrison.model.validation.RecordValidation;

/** Constraints of the core records; the generated CoreValidator calls them. */
public final class CoreConstraints {

    private CoreConstraints() {
    }

    public static boolean identityNumberValid(Person person, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String number = person.getIdentityNumber();
        IdentityNumber.Problem problem = IdentityNumber.problem(number);
        if (problem == null || problem == IdentityNumber.Problem.MISSING) {
            return true; // a missing number is reported once, as a required field
        }
        String key = "identityNumber." + problem.name(); //$NON-NLS-1$
        return switch (problem) {
            case WRONG_LENGTH -> Problems.error(person, Literals.PERSON__IDENTITY_NUMBER, diagnostics, context, key, number.length());
            case WRONG_CHARACTERS -> Problems.error(person, Literals.PERSON__IDENTITY_NUMBER, diagnostics, context, key, number);
            case IMPOSSIBLE_BIRTH_DATE -> Problems.error(person, Literals.PERSON__IDENTITY_NUMBER, diagnostics, context, key,
                    number.substring(6, 14));
            case WRONG_CHECK_CHARACTER -> Problems.error(person, Literals.PERSON__IDENTITY_NUMBER, diagnostics, context, key,
                    String.valueOf(IdentityNumber.checkCharacter(number.substring(0, 17))), String.valueOf(number.charAt(17)));
            case MISSING -> true;
        };
    }

    /** No two persons of a district share an identity number (compared without case, X = x). */
    public static boolean identityNumbersUnique(District district, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Map<String, Person> seen = new HashMap<>();
        boolean unique = true;
        Locale locale = RecordValidation.locale(context);
        for (Person person : district.getPersons()) {
            String number = person.getIdentityNumber();
            if (number == null || number.isBlank()) {
                continue;
            }
            Person first = seen.putIfAbsent(number.toUpperCase(Locale.ROOT), person);
            if (first != null) {
                unique = Problems.error(person, Literals.PERSON__IDENTITY_NUMBER, diagnostics, context, "identityNumber.duplicate", //$NON-NLS-1$
                        number, ModelLabels.describe(first, locale));
            }
        }
        return unique;
    }
}
