package org.garrison.model.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.garrison.model.core.Sex;

/**
 * The citizen identity number (公民身份号码, GB 11643-1999): 17 digits and a check character
 * (ISO 7064 MOD 11-2, {@code X} for ten). Digits 7-14 are the birth date; the 17th digit is odd
 * for men and even for women.
 */
public final class IdentityNumber {

    public static final int LENGTH = 18;

    /** What can be wrong with an identity number, in the order it is checked. */
    public enum Problem {
        MISSING, WRONG_LENGTH, WRONG_CHARACTERS, IMPOSSIBLE_BIRTH_DATE, WRONG_CHECK_CHARACTER
    }

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private IdentityNumber() {
    }

    /** The first problem of the number, or {@code null} when it is valid. */
    public static Problem problem(String number) {
        if (number == null || number.isBlank()) {
            return Problem.MISSING;
        }
        if (number.length() != LENGTH) {
            return Problem.WRONG_LENGTH;
        }
        if (!number.substring(0, 17).chars().allMatch(Character::isDigit) || !isCheckCharacter(number.charAt(17))) {
            return Problem.WRONG_CHARACTERS;
        }
        if (birthDateOf(number) == null) {
            return Problem.IMPOSSIBLE_BIRTH_DATE;
        }
        if (Character.toUpperCase(number.charAt(17)) != checkCharacter(number.substring(0, 17))) {
            return Problem.WRONG_CHECK_CHARACTER;
        }
        return null;
    }

    public static boolean isValid(String number) {
        return problem(number) == null;
    }

    /** The check character that the first 17 digits call for. */
    public static char checkCharacter(String first17Digits) {
        if (first17Digits.length() != 17) {
            throw new IllegalArgumentException("17 digits expected: " + first17Digits); //$NON-NLS-1$
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += Character.digit(first17Digits.charAt(i), 10) * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The birth date the number encodes, or {@code null} when the number is not valid. */
    public static LocalDate birthDate(String number) {
        return isValid(number) ? birthDateOf(number) : null;
    }

    /** The sex the number encodes, or {@code null} when the number is not valid. */
    public static Sex sex(String number) {
        if (!isValid(number)) {
            return null;
        }
        return Character.digit(number.charAt(16), 10) % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** A valid number from a 6-digit area code, a birth date and a 3-digit sequence (odd: male). */
    public static String of(String areaCode, LocalDate birthDate, int sequence) {
        if (areaCode.length() != 6 || sequence < 0 || sequence > 999) {
            throw new IllegalArgumentException("6-digit area code and sequence 0-999 expected: " + areaCode + ", " + sequence); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String first17 = String.format("%6s%04d%02d%02d%03d", areaCode, birthDate.getYear(), birthDate.getMonthValue(), //$NON-NLS-1$
                birthDate.getDayOfMonth(), sequence);
        return first17 + checkCharacter(first17);
    }

    private static boolean isCheckCharacter(char c) {
        return Character.isDigit(c) || c == 'X' || c == 'x';
    }

    private static LocalDate birthDateOf(String number) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return date.getYear() < 1800 || date.isAfter(LocalDate.now()) ? null : date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
