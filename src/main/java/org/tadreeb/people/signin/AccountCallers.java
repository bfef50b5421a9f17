package org.tadreeb.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.tadreeb.platform.security.Callers;
import org.tadreeb.platform.security.SignedInCaller;

/** The accounts of {@code people} as the authentication mechanism's {@link Callers}. */
@ApplicationScoped
public class AccountCallers implements Callers {

    @Inject
    SignInService signInService;

    @Inject
    ApiTokenService tokens;

    @Override
    public Optional<SignedInCaller> signIn(String username, char[] password) {
        return signInService.signIn(username, password);
    }

    @Override
    public Optional<SignedInCaller> current(String username) {
        return signInService.callerFor(username);
    }

    @Override
    public Optional<SignedInCaller> bearer(String presentedToken) {
        return tokens.authenticate(presentedToken);
    }
}
