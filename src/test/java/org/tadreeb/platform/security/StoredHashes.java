package org.tadreeb.platform.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Checks a stored {@code PBKDF2WithHmacSHA256:iterations:salt:hash} against a password with the JDK alone. */
public final class StoredHashes {

    private StoredHashes() {
    }

    public static boolean matches(String password, String stored) {
        String[] parts = stored.split(":");
        if (parts.length != 4 || !PasswordHasher.ALGORITHM.equals(parts[0])) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        try {
            byte[] actual = SecretKeyFactory.getInstance(parts[0]).generateSecret(
                    new PBEKeySpec(password.toCharArray(), salt, Integer.parseInt(parts[1]), expected.length * 8)).getEncoded();
            return MessageDigest.isEqual(expected, actual);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException(unavailable);
        }
    }
}
