package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.FieldError;

class PasswordPolicyTest {

    private static List<String> problems(String username, String password) {
        return PasswordPolicy.check(username, password).stream().map(FieldError::messageKey).toList();
    }

    @Test
    void tenCharactersAreTheMinimumAndTwoHundredTheMaximum() {
        assertEquals(List.of("password.error.tooShort"), problems("layla", "olive tre"));
        assertEquals(List.of(), problems("layla", "olive tree"));
        assertEquals(List.of("password.error.tooLong"), problems("layla", "x".repeat(201)));
        assertEquals(List.of("password.error.tooShort"), problems("layla", null));
    }

    @Test
    void thePasswordMustNotContainTheUserName() {
        assertEquals(List.of("password.error.containsUsername"), problems("layla", "my name is LAYLA!"));
    }

    @Test
    void commonPasswordsAndRepeatedCharactersAreRefused() {
        assertEquals(List.of("password.error.common"), problems("layla", "Password123"));
        assertEquals(List.of("password.error.common"), problems("layla", "qwertyuiop"));
        assertEquals(List.of("password.error.common"), problems("layla", "aaaaaaaaaaaa"));
    }
}
