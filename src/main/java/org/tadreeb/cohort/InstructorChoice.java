package org.tadreeb.cohort;

import java.io.Serializable;
import java.util.Locale;

/** An instructor an administrator may assign to a cohort: qualified for its course over its dates. */
public record InstructorChoice(String username, String nameArabic, String nameLatin) implements Serializable {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }
}
