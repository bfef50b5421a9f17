package org.tadreeb.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tadreeb.people.Account;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Role;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.LanguagePreferences;
import org.tadreeb.platform.security.PasswordHasher;
import org.tadreeb.platform.security.SignedInCaller;

/**
 * Checks a user name and password for the sign-in page and the token endpoint alike. Failures are
 * counted toward the account's lock; the answer never tells whether the user name exists.
 */
@ApplicationScoped
public class SignInService implements LanguagePreferences {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher passwordHasher;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Optional<SignedInCaller> signIn(String username, char[] password) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            passwordHasher.verifyNothing(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!account.canAttemptSignIn(now)) {
            passwordHasher.verifyNothing(password);
            return Optional.empty();
        }
        if (!passwordHasher.verify(password, account.getPasswordHash())) {
            account.recordFailedSignIn(now);
            return Optional.empty();
        }
        if (passwordHasher.needsRehash(account.getPasswordHash())) {
            account.changePasswordHash(passwordHasher.hash(password));
        }
        account.recordSuccessfulSignIn(now);
        return Optional.of(callerOf(account));
    }

    /** The caller an account signs in as, for a token presented later. */
    @Transactional
    public Optional<SignedInCaller> callerFor(String username) {
        return accounts.findByUsername(username)
                .filter(Account::isActive)
                .map(SignInService::callerOf);
    }

    @Override
    @Transactional
    public void remember(String username, Language language) {
        accounts.findByUsername(username).ifPresent(account -> account.preferLanguage(language));
    }

    static SignedInCaller callerOf(Account account) {
        return new SignedInCaller(account.getUsername(),
                account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                account.getPreferredLanguage(),
                account.homePath());
    }
}
