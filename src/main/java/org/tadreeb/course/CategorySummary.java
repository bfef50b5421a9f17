package org.tadreeb.course;

import java.util.Locale;

/** A category as the category editor and the API list it: its place in the order and how many courses use it. */
public record CategorySummary(String code, String nameArabic, String nameEnglish, int position, long courses) {

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameEnglish;
    }

    public boolean inUse() {
        return courses > 0;
    }
}
