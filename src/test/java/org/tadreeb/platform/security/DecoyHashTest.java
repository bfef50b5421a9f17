package org.tadreeb.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecoyHashTest {

    @Test
    void theMadeDecoyHashIsTheDecoyPasswordsAtTheMinimumIterations() {
        assertTrue(PasswordHasher.DECOY_AT_MINIMUM.startsWith(PasswordHasher.ALGORITHM + ":" + PasswordHasher.MINIMUM_ITERATIONS + ":"));
        assertTrue(StoredHashes.matches(PasswordHasher.DECOY_PASSWORD, PasswordHasher.DECOY_AT_MINIMUM));
        assertFalse(StoredHashes.matches("another-password", PasswordHasher.DECOY_AT_MINIMUM));
    }
}
