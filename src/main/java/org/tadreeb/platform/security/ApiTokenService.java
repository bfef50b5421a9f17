package org.tadreeb.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.people.AccountRepository;

/** Issues, checks and revokes the API's bearer tokens. */
@ApplicationScoped
public class ApiTokenService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "tadreeb.security.token.validity-hours", defaultValue = "12")
    int validityHours;

    Clock clock = Clock.systemUTC();

    public record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    public IssuedToken issue(String username) {
        String token = Secrets.generate("tdr_");
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofHours(validityHours));
        entityManager.persist(new ApiToken(accounts.getByUsername(username), Secrets.sha256(token), now, expiresAt));
        return new IssuedToken(token, expiresAt);
    }

    /** The caller a presented token stands for, if it is known, unexpired, unrevoked and its account active. */
    @Transactional
    public Optional<SignedInCaller> authenticate(String presentedToken) {
        return find(presentedToken)
                .filter(token -> token.isUsableAt(clock.instant()))
                .map(token -> SignInService.callerOf(token.getAccount()));
    }

    @Transactional
    public boolean revoke(String presentedToken) {
        Optional<ApiToken> token = find(presentedToken);
        token.ifPresent(t -> t.revoke(clock.instant()));
        return token.isPresent();
    }

    private Optional<ApiToken> find(String presentedToken) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 200) {
            return Optional.empty();
        }
        return entityManager.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Secrets.sha256(presentedToken.strip()))
                .getResultStream()
                .findFirst();
    }
}
