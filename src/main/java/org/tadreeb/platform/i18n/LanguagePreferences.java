package org.tadreeb.platform.i18n;

/**
 * Where a signed-in person's language choice is kept beyond the browser's cookie: their account. Implemented where
 * accounts live, so that this package needs nothing from above it.
 */
public interface LanguagePreferences {

    void remember(String username, Language language);
}
