package org.tadreeb.people;

/** As reports break figures down by it. */
public enum Gender {
    FEMALE, MALE;

    public String messageKey() {
        return "person.gender." + name();
    }
}
