package org.tadreeb.people;

/** The kinds of employer the centre trains people from; seat quotas and reports use them. */
public enum OrganisationType {
    POLICE_UNIT, GOVERNMENT_DEPARTMENT, COMMUNITY_ORGANISATION, INTERNATIONAL_PARTNER;

    public String messageKey() {
        return "organisation.type." + name();
    }
}
