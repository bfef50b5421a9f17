package org.tadreeb.platform.persistence;

/**
 * Data an instance may load once the schema is current and before it reports ready — the demo data. Implemented
 * above this package ({@code org.tadreeb.demo}), so that start-up needs nothing from the domains.
 */
public interface StartupData {

    /** Loads the data if it is wanted and the database is still empty; a failure is logged, never vital. */
    void loadIfWanted();
}
