package org.tadreeb.people;

import static org.tadreeb.platform.FieldRules.maxLength;
import static org.tadreeb.platform.FieldRules.required;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;
import org.tadreeb.platform.i18n.Language;

/**
 * What a form, the API or an import says about a person, before it is checked and applied. References to
 * managed lists and organisations are by code.
 */
public record PersonDetails(String serviceNumber, String nameArabic, String nameLatin, String rankCode,
                            String organisationCode, String unit, String governorateCode, Gender gender,
                            String phone, String email, Language preferredLanguage) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    /** Digits with optional +, spaces, dashes and brackets; 6 to 15 digits in all. */
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{6,25}$");

    /** The rules a person's details must meet on their own, whatever the database holds. */
    public List<FieldError> check() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, "serviceNumber", serviceNumber, Person.MAX_NUMBER);
        required(errors, "nameArabic", nameArabic, Person.MAX_NAME);
        required(errors, "nameLatin", nameLatin, Person.MAX_NAME);
        maxLength(errors, "unit", unit, Person.MAX_UNIT);
        if (!isBlank(email)) {
            if (email.strip().length() > Person.MAX_EMAIL || !EMAIL.matcher(email.strip()).matches()) {
                errors.add(new FieldError("email", "person.error.emailMalformed", email.strip()));
            }
        }
        if (!isBlank(phone)) {
            String digits = phone.replaceAll("[^0-9]", "");
            if (!PHONE.matcher(phone.strip()).matches() || digits.length() < 6 || digits.length() > 15) {
                errors.add(new FieldError("phone", "person.error.phoneMalformed", phone.strip()));
            }
        }
        return errors;
    }

    static boolean isBlank(String value) {
        return FieldRules.isBlank(value);
    }
}
