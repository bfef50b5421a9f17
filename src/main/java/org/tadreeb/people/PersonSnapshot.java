package org.tadreeb.people;

/** A person's record as one line of text, for the audit trail's before and after. */
final class PersonSnapshot {

    private PersonSnapshot() {
    }

    static String of(Person person) {
        return "number=" + person.getServiceNumber()
                + "; nameAr=" + person.getNameArabic()
                + "; nameEn=" + person.getNameLatin()
                + "; rank=" + (person.getRank() == null ? "" : person.getRank().getCode())
                + "; organisation=" + (person.getOrganisation() == null ? "" : person.getOrganisation().getCode())
                + "; unit=" + nullToEmpty(person.getUnit())
                + "; governorate=" + (person.getGovernorate() == null ? "" : person.getGovernorate().getCode())
                + "; gender=" + (person.getGender() == null ? "" : person.getGender().name())
                + "; phone=" + nullToEmpty(person.getPhone())
                + "; email=" + nullToEmpty(person.getEmail())
                + "; language=" + person.getPreferredLanguage().code()
                + "; active=" + person.isActive();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
