package org.tadreeb.platform.security;

/**
 * Fired when what an account may do changed — its person deactivated, its roles changed — so that this instance
 * stops honouring what it remembered about checked API tokens at once (other instances within
 * {@link ApiTokenService#RECHECK_EVERY}, as page sessions do).
 */
public record CallersChanged(String reason) {
}
