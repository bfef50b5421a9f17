package org.tadreeb.course;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.FieldRules;
import org.tadreeb.platform.Code;

/** What a form or request says about a category: its code (only when it is added) and its names. */
public record CategoryDetails(String code, String nameArabic, String nameEnglish) {

    public static final int MAX_CODE = 20;
    public static final int MAX_NAME = 100;
    private static final Pattern CODE = Pattern.compile("^[A-Z0-9-]{2," + MAX_CODE + "}$");

    /** The code as it is stored: without surrounding spaces, in capitals. */
    public String normalCode() {
        return code == null ? null : Code.normalise(code);
    }

    /** The rules of the names; of the code too when {@code withCode} (a new category). */
    public List<FieldError> check(boolean withCode) {
        List<FieldError> errors = new ArrayList<>();
        if (withCode) {
            if (FieldRules.isBlank(code)) {
                errors.add(new FieldError("code", "input.error.required"));
            } else if (!CODE.matcher(normalCode()).matches()) {
                errors.add(new FieldError("code", "category.error.codeFormat", code.strip()));
            }
        }
        FieldRules.required(errors, "nameArabic", nameArabic, MAX_NAME);
        FieldRules.required(errors, "nameEnglish", nameEnglish, MAX_NAME);
        return errors;
    }
}
