package org.garrison.model.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.garrison.model.core.Sex;
import org.garrison.model.identity.IdentityNumber;
import org.garrison.model.identity.IdentityNumber.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Identity numbers: the check character (ISO 7064 MOD 11-2), birth date and sex they encode. */
class IdentityNumberTest {

    @ParameterizedTest
    @CsvSource({
        // number, birth date, sex: published examples, checked by hand
        "11010519491231002X, 1949-12-31, FEMALE",
        "11010519491231002x, 1949-12-31, FEMALE",
        "440524188001010014, 1880-01-01, MALE",
        "110101199003074514, 1990-03-07, MALE",
    })
    void validNumbersGiveBirthDateAndSex(String number, LocalDate birthDate, Sex sex) {
        assertThat(IdentityNumber.problem(number)).isNull();
        assertThat(IdentityNumber.birthDate(number)).isEqualTo(birthDate);
        assertThat(IdentityNumber.sex(number)).isEqualTo(sex);
    }

    @ParameterizedTest
    @CsvSource({
        "110105194912310021, WRONG_CHECK_CHARACTER",
        "440524188001010015, WRONG_CHECK_CHARACTER",
        "110101199003074513, WRONG_CHECK_CHARACTER",
        "11010519491231002, WRONG_LENGTH",
        "1101051949123100211, WRONG_LENGTH",
        "11010519491231A02X, WRONG_CHARACTERS",
        "11010519491231002Y, WRONG_CHARACTERS",
        "110105194913310028, IMPOSSIBLE_BIRTH_DATE",
        "110105194902300025, IMPOSSIBLE_BIRTH_DATE",
    })
    void invalidNumbersSayWhatIsWrong(String number, Problem problem) {
        assertThat(IdentityNumber.problem(number)).isEqualTo(problem);
        assertThat(IdentityNumber.birthDate(number)).isNull();
        assertThat(IdentityNumber.sex(number)).isNull();
    }

    @Test
    void missingNumbersAreReportedAsMissing() {
        assertThat(IdentityNumber.problem(null)).isEqualTo(Problem.MISSING);
        assertThat(IdentityNumber.problem(" ")).isEqualTo(Problem.MISSING);
    }

    @Test
    void checkCharacterTenIsX() {
        assertThat(IdentityNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(IdentityNumber.checkCharacter("44052418800101001")).isEqualTo('4');
    }

    @Test
    void composedNumbersAreValid() {
        String number = IdentityNumber.of("320102", LocalDate.of(2001, 2, 28), 123);
        assertThat(number).hasSize(18).startsWith("32010220010228123");
        assertThat(IdentityNumber.isValid(number)).isTrue();
        assertThat(IdentityNumber.sex(number)).isEqualTo(Sex.MALE);
    }
}
