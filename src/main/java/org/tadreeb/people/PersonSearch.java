package org.tadreeb.people;

/**
 * A search over people: words matched in either script against names and number (folded, so أحمد finds احمد),
 * narrowed by organisation and governorate. {@code onlyOrganisationId} is the hard limit a partner coordinator
 * works within, whatever they ask for.
 */
public record PersonSearch(String text, Long organisationId, String governorateCode, boolean activeOnly,
                           Long onlyOrganisationId) {

    public static PersonSearch everyone() {
        return new PersonSearch(null, null, null, false, null);
    }

    public static PersonSearch forText(String text) {
        return new PersonSearch(text, null, null, false, null);
    }
}
