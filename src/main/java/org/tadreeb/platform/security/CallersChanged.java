package org.tadreeb.platform.security;

/**
 * Fired when what an account may do changed — its person deactivated, its roles changed, a token revoked — so
 * that this instance stops honouring what it remembered about checked API tokens and signed-in page sessions at
 * once (other instances within {@link ApiTokenService#RECHECK_EVERY}).
 */
public record CallersChanged(String reason) {
}
