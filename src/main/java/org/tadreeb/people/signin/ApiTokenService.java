package org.tadreeb.people.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.platform.security.TadreebAuthenticationMechanism;
import org.tadreeb.platform.security.CallersChanged;
import org.tadreeb.platform.security.Secrets;
import org.tadreeb.platform.security.SignedInCaller;

/**
 * Issues, checks and revokes the API's bearer tokens.
 *
 * <p>A token found good is remembered by its hash for {@link #RECHECK_EVERY}, the same interval after which a page
 * session reads its account again: a script calling the API many times a second then costs one database check per
 * interval rather than two queries and a transaction per call (docs/performance.md, "Enrolling"). Revoking a token,
 * deactivating a person or changing an account's roles takes effect at once on the instance that did it
 * ({@link CallersChanged}) and within the interval on any other.
 */
@ApplicationScoped
public class ApiTokenService {

    /** How long a checked token is believed without reading it again. */
    public static final Duration RECHECK_EVERY = TadreebAuthenticationMechanism.RECHECK_EVERY;
    /** Beyond this many remembered tokens the memory starts afresh (a bound, not a working size). */
    static final int MAX_REMEMBERED = 10_000;

    /** A token found good, believed until the next check is due or the token expires, whichever comes first. */
    private record Checked(SignedInCaller caller, Instant believedUntil) {
    }

    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    Event<CallersChanged> callersChanged;

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
        if (!wellFormed(presentedToken)) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(presentedToken.strip());
        Instant now = clock.instant();
        Checked remembered = checked.get(hash);
        if (remembered != null && now.isBefore(remembered.believedUntil())) {
            return Optional.of(remembered.caller());
        }
        Optional<ApiToken> usable = find(hash).filter(token -> token.isUsableAt(now));
        if (usable.isEmpty()) {
            checked.remove(hash);
            return Optional.empty();
        }
        SignedInCaller caller = SignInService.callerOf(usable.get().getAccount());
        if (checked.size() >= MAX_REMEMBERED) {
            checked.clear();
        }
        Instant recheckAt = now.plus(RECHECK_EVERY);
        Instant expiresAt = usable.get().getExpiresAt();
        checked.put(hash, new Checked(caller, expiresAt.isBefore(recheckAt) ? expiresAt : recheckAt));
        return Optional.of(caller);
    }

    @Transactional
    public boolean revoke(String presentedToken) {
        if (!wellFormed(presentedToken)) {
            return false;
        }
        Optional<ApiToken> token = find(Secrets.sha256(presentedToken.strip()));
        token.ifPresent(t -> t.revoke(clock.instant()));
        callersChanged.fire(new CallersChanged("token revoked"));
        return token.isPresent();
    }

    void forgetCheckedTokens(@Observes(during = TransactionPhase.AFTER_SUCCESS) CallersChanged changed) {
        checked.clear();
    }

    private static boolean wellFormed(String presentedToken) {
        return presentedToken != null && !presentedToken.isBlank() && presentedToken.length() <= 200;
    }

    private Optional<ApiToken> find(String hash) {
        return entityManager.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst();
    }
}
