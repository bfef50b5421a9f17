package org.tadreeb.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.security.StoredHashes;

class DemoPasswordHashesTest {

    @Test
    void everyDemoAccountsPublishedPasswordHasAMadeHashThatVerifiesIt() {
        assertEquals(DemoData.ACCOUNTS.stream().map(DemoData.DemoAccount::password).collect(Collectors.toSet()),
                DemoData.DEMO_PASSWORD_HASHES.keySet());
        DemoData.DEMO_PASSWORD_HASHES.forEach((password, hash) ->
                assertTrue(StoredHashes.matches(password, hash), password));
    }
}
