package org.tadreeb.people;

import java.io.Serializable;
import java.util.Locale;

/** A person as a list shows them: detached, serialisable, in both languages. */
public record PersonRow(String serviceNumber, String nameArabic, String nameLatin, String organisationArabic,
                        String organisationEnglish, String governorateArabic, String governorateEnglish,
                        boolean active) implements Serializable {

    public static PersonRow of(Person person) {
        Organisation organisation = person.getOrganisation();
        Governorate governorate = person.getGovernorate();
        return new PersonRow(person.getServiceNumber(), person.getNameArabic(), person.getNameLatin(),
                organisation == null ? null : organisation.getNameArabic(),
                organisation == null ? null : organisation.getNameEnglish(),
                governorate == null ? null : governorate.getNameArabic(),
                governorate == null ? null : governorate.getNameEnglish(), person.isActive());
    }

    public String name(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameArabic : nameLatin;
    }

    /** The name in the other script, shown smaller beside the first. */
    public String otherName(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? nameLatin : nameArabic;
    }

    public String organisation(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? organisationArabic : organisationEnglish;
    }

    public String governorate(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? governorateArabic : governorateEnglish;
    }
}
