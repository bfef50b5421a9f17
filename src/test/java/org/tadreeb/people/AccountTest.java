package org.tadreeb.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.i18n.Language;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");

    private static Account anAccount(Set<Role> roles) {
        return new Account(new Person("PS-1", "أحمد", "Ahmad"), "Ahmad.Ali ", Language.ARABIC, EnumSet.copyOf(roles));
    }

    @Test
    void userNamesAreStoredTrimmedAndInLowerCase() {
        assertEquals("ahmad.ali", anAccount(Set.of(Role.TRAINEE)).getUsername());
    }

    @Test
    void anAccountNeedsARole() {
        assertThrows(IllegalArgumentException.class,
                () -> new Account(new Person("PS-1", "أحمد", "Ahmad"), "ahmad", Language.ARABIC, Set.of()));
    }

    @Test
    void fiveFailuresAreFreeAndTheSixthLocksForThirtySeconds() {
        Account account = anAccount(Set.of(Role.TRAINEE));
        for (int i = 0; i < 5; i++) {
            account.recordFailedSignIn(NOW);
        }
        assertNull(account.getLockedUntil());
        assertTrue(account.canAttemptSignIn(NOW));
        account.recordFailedSignIn(NOW);
        assertEquals(NOW.plusSeconds(30), account.getLockedUntil());
        assertFalse(account.canAttemptSignIn(NOW.plusSeconds(29)));
        assertTrue(account.canAttemptSignIn(NOW.plusSeconds(30)));
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToAnHour() {
        Account account = anAccount(Set.of(Role.TRAINEE));
        for (int i = 0; i < 7; i++) {
            account.recordFailedSignIn(NOW);
        }
        assertEquals(NOW.plusSeconds(60), account.getLockedUntil(), "seventh failure: 60 s");
        for (int i = 0; i < 30; i++) {
            account.recordFailedSignIn(NOW);
        }
        assertEquals(NOW.plus(Duration.ofHours(1)), account.getLockedUntil(), "never longer than an hour");
    }

    @Test
    void aSuccessfulSignInOrAnUnlockClearsTheFailures() {
        Account account = anAccount(Set.of(Role.TRAINEE));
        for (int i = 0; i < 6; i++) {
            account.recordFailedSignIn(NOW);
        }
        account.unlock();
        assertEquals(0, account.getFailedSignIns());
        assertTrue(account.canAttemptSignIn(NOW));
        account.recordFailedSignIn(NOW);
        account.recordSuccessfulSignIn(NOW);
        assertEquals(0, account.getFailedSignIns());
        assertEquals(NOW, account.getLastSignInAt());
    }

    @Test
    void aDeactivatedAccountCannotSignIn() {
        Account account = anAccount(Set.of(Role.TRAINEE));
        account.getPerson().deactivate();
        assertFalse(account.canAttemptSignIn(NOW));
    }

    @Test
    void anAccountLandsOnItsMostPowerfulRolesHome() {
        assertEquals("/trainee/", anAccount(Set.of(Role.TRAINEE)).homePath());
        assertEquals("/instructor/", anAccount(Set.of(Role.TRAINEE, Role.INSTRUCTOR)).homePath());
        assertEquals("/admin/", anAccount(Set.of(Role.INSTRUCTOR, Role.ADMINISTRATOR)).homePath());
    }
}
