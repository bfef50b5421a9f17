package org.tadreeb.platform.security;

import java.util.Optional;

/**
 * Who may come in, as the authentication mechanism asks it: implemented where accounts live ({@code people}), so
 * that this package needs nothing from above it.
 */
public interface Callers {

    /** The caller a user name and password sign in as; empty when they do not (unknown, locked, wrong). */
    Optional<SignedInCaller> signIn(String username, char[] password);

    /** The caller an account signs in as now: read again for a live session; empty once it may not. */
    Optional<SignedInCaller> current(String username);

    /** The caller behind a presented API bearer token; empty for an unknown, expired or revoked one. */
    Optional<SignedInCaller> bearer(String presentedToken);
}
