package org.tadreeb.people;

/** What an account may do. The names are also the security roles of the pages and the API. */
public enum Role {
    TRAINEE("/trainee/"),
    INSTRUCTOR("/instructor/"),
    ADMINISTRATOR("/admin/"),
    /** A partner organisation's coordinator: sees (and later nominates) the people of one organisation. */
    COORDINATOR("/coordinator/");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    /** The page this role lands on after signing in. */
    public String homePath() {
        return homePath;
    }

    public String messageKey() {
        return "role." + name();
    }
}
