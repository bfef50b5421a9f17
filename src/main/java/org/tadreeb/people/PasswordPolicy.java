package org.tadreeb.people;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tadreeb.platform.FieldError;

/**
 * What a password must be: at least 10 characters (at most 200), not containing the user name, not one of the
 * passwords attackers try first (a list kept with this class), and not one character repeated.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = loadCommonPasswords();

    private PasswordPolicy() {
    }

    public static List<FieldError> check(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.length() < MIN_LENGTH) {
            errors.add(new FieldError("password", "password.error.tooShort", MIN_LENGTH));
            return errors;
        }
        if (password.length() > MAX_LENGTH) {
            errors.add(new FieldError("password", "password.error.tooLong", MAX_LENGTH));
            return errors;
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(new FieldError("password", "password.error.containsUsername"));
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            errors.add(new FieldError("password", "password.error.common"));
        }
        return errors;
    }

    private static Set<String> loadCommonPasswords() {
        Set<String> common = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return Set.copyOf(common);
    }
}
