package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.FieldError;

class PersonDetailsTest {

    private static Map<String, String> problems(String number, String arabic, String latin, String phone, String email) {
        return new PersonDetails(number, arabic, latin, null, null, null, null, null, phone, email, null).check()
                .stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey));
    }

    @Test
    void numberAndBothNamesAreRequired() {
        assertEquals(Map.of("serviceNumber", "input.error.required", "nameArabic", "input.error.required",
                "nameLatin", "input.error.required"), problems(" ", "", null, null, null));
    }

    @Test
    void emailAndPhoneMustBeWellFormedWhenGiven() {
        assertEquals(Map.of(), problems("PS-1", "أحمد", "Ahmad", "+962 (79) 123-4567", "a.b@example.org"));
        assertEquals(Map.of("phone", "person.error.phoneMalformed", "email", "person.error.emailMalformed"),
                problems("PS-1", "أحمد", "Ahmad", "12345", "a.b@example"));
        assertEquals(Map.of("phone", "person.error.phoneMalformed"), problems("PS-1", "أحمد", "Ahmad", "call me", null));
    }

    @Test
    void valuesLongerThanTheirColumnsAreRefused() {
        List<FieldError> errors = new PersonDetails("PS-1", "أ".repeat(Person.MAX_NAME + 1), "Ahmad", null, null,
                "u".repeat(Person.MAX_UNIT + 1), null, null, null, null, null).check();
        assertEquals(List.of("nameArabic", "unit"), errors.stream().map(FieldError::field).toList());
    }
}
