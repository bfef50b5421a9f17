package org.tadreeb.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.security.CallersChanged;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;
import org.tadreeb.platform.security.PasswordHasher;
import org.tadreeb.platform.security.Secrets;

/**
 * Accounts over their life: created by an administrator with an invitation to choose a password, roles
 * changed, unlocked after repeated failures, passwords reset through a single-use link. Every change is
 * audited; every message goes through the mail outbox in the same transaction.
 */
@ApplicationScoped
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,79}$");

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    @Inject
    PersonDirectory directory;

    @Inject
    ReferenceData referenceData;

    @Inject
    PasswordHasher passwordHasher;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog auditLog;

    @Inject
    Event<CallersChanged> callersChanged;

    @Inject
    @ConfigProperty(name = "tadreeb.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "tadreeb.accounts.invitation-hours", defaultValue = "72")
    int invitationHours;

    @Inject
    @ConfigProperty(name = "tadreeb.accounts.reset-hours", defaultValue = "2")
    int resetHours;

    @Inject
    @ConfigProperty(name = "tadreeb.accounts.resets-per-hour", defaultValue = "3")
    int resetsPerHour;

    Clock clock = Clock.systemUTC();

    /** Opens an account for a registered person and e-mails them an invitation to choose a password. */
    @Transactional
    public Account open(String serviceNumber, String username, Set<Role> roles, String coordinatorOfCode) {
        Person person = directory.getByNumber(serviceNumber);
        List<FieldError> errors = new ArrayList<>();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            errors.add(new FieldError("username", "account.error.usernameMalformed"));
        } else if (accounts.findByUsername(name).isPresent()) {
            errors.add(new FieldError("username", "account.error.usernameTaken", name));
        }
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "account.error.noRole"));
        }
        Organisation coordinatorOf = coordinatorOf(roles, coordinatorOfCode, errors);
        if (person.getEmail() == null) {
            errors.add(new FieldError("email", "account.error.emailNeeded"));
        }
        if (!person.isActive()) {
            errors.add(new FieldError("username", "account.error.personInactive"));
        }
        if (accountOf(person).isPresent()) {
            errors.add(new FieldError("username", "account.error.alreadyHasAccount", person.getServiceNumber()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Account account = new Account(person, name, person.getPreferredLanguage(), EnumSet.copyOf(roles));
        account.changeRoles(roles, coordinatorOf);
        entityManager.persist(account);
        auditLog.record("account.opened", "Account", name, null, describeRoles(account));
        sendLink(account, AccountToken.Purpose.INVITATION);
        return account;
    }

    /** A new invitation for an account whose person has not chosen a password yet (or lost the mail). */
    @Transactional
    public void reinvite(String username) {
        Account account = accounts.getByUsername(username);
        if (account.getPerson().getEmail() == null) {
            throw new BusinessException("account.error.emailNeeded");
        }
        sendLink(account, AccountToken.Purpose.INVITATION);
        auditLog.record("account.reinvited", "Account", account.getUsername(), null, null);
    }

    /**
     * Sends a reset link if an active account has this e-mail. Says nothing either way, so the answer never
     * tells whether an address is known. At most {@code tadreeb.accounts.resets-per-hour} links go to one account
     * in an hour, so that the form cannot be used to flood someone's mailbox; asking again within the hour is
     * answered the same and sends nothing (the links already sent still work).
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        entityManager.createQuery("""
                        SELECT a FROM Account a
                        JOIN a.person p
                        WHERE p.email = :email
                        AND p.active = TRUE""", Account.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .filter(this::mayBeSentAnotherReset)
                .ifPresent(account -> sendLink(account, AccountToken.Purpose.PASSWORD_RESET));
    }

    /** Locks the account's row first, so that simultaneous requests are counted one after the other. */
    private boolean mayBeSentAnotherReset(Account account) {
        entityManager.lock(account, LockModeType.PESSIMISTIC_WRITE);
        long sentThisHour = entityManager.createQuery("""
                        SELECT COUNT(t) FROM AccountToken t
                        WHERE t.account = :account
                        AND t.purpose = :purpose
                        AND t.createdAt > :since""", Long.class)
                .setParameter("account", account)
                .setParameter("purpose", AccountToken.Purpose.PASSWORD_RESET)
                .setParameter("since", clock.instant().minus(Duration.ofHours(1)))
                .getSingleResult();
        if (sentThisHour >= resetsPerHour) {
            LOG.info(() -> "No password reset sent to " + account.getUsername() + ": " + sentThisHour
                    + " already sent within the hour");
            return false;
        }
        return true;
    }

    /** The account a link was sent to, while the link can still be used. */
    @Transactional
    public Optional<String> usernameForLink(String token) {
        return usableToken(token).map(t -> t.getAccount().getUsername());
    }

    /** Chooses a new password through a single-use link; the link is spent and the account unlocked. */
    @Transactional
    public String choosePassword(String token, String newPassword) {
        AccountToken link = usableToken(token).orElseThrow(() -> new BusinessException("account.error.linkInvalid"));
        Account account = link.getAccount();
        List<FieldError> errors = PasswordPolicy.check(account.getUsername(), newPassword);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        account.changePasswordHash(passwordHasher.hash(newPassword.toCharArray()));
        account.unlock();
        link.use(now);
        entityManager.createQuery("""
                        UPDATE AccountToken t SET t.usedAt = :now
                        WHERE t.account = :account
                        AND t.usedAt IS NULL""")
                .setParameter("now", now)
                .setParameter("account", account)
                .executeUpdate();
        auditLog.record("account.passwordChosen", "Account", account.getUsername(), null, link.getPurpose().name());
        return account.getUsername();
    }

    @Transactional
    public Account changeRoles(String username, Set<Role> roles, String coordinatorOfCode) {
        Account account = accounts.getByUsername(username);
        List<FieldError> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError("roles", "account.error.noRole"));
        }
        Organisation coordinatorOf = coordinatorOf(roles, coordinatorOfCode, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = describeRoles(account);
        account.changeRoles(roles, coordinatorOf);
        auditLog.record("account.rolesChanged", "Account", username, before, describeRoles(account));
        callersChanged.fire(new CallersChanged("roles changed"));
        return account;
    }

    @Transactional
    public Account unlock(String username) {
        Account account = accounts.getByUsername(username);
        String before = "failures=" + account.getFailedSignIns() + "; lockedUntil=" + account.getLockedUntil();
        account.unlock();
        auditLog.record("account.unlocked", "Account", username, before, "failures=0");
        return account;
    }

    public Optional<Account> accountOf(Person person) {
        return entityManager.createQuery("SELECT a FROM Account a WHERE a.person = :person", Account.class)
                .setParameter("person", person)
                .getResultStream().findFirst();
    }

    private Organisation coordinatorOf(Set<Role> roles, String code, List<FieldError> errors) {
        if (roles == null || !roles.contains(Role.COORDINATOR)) {
            return null;
        }
        Optional<Organisation> organisation = referenceData.organisation(code);
        if (organisation.isEmpty()) {
            errors.add(new FieldError("coordinatorOf", "account.error.coordinatorNeedsOrganisation"));
        }
        return organisation.orElse(null);
    }

    private void sendLink(Account account, AccountToken.Purpose purpose) {
        String secret = Secrets.generate("");
        Instant now = clock.instant();
        int hours = purpose == AccountToken.Purpose.INVITATION ? invitationHours : resetHours;
        entityManager.persist(new AccountToken(account, purpose, Secrets.sha256(secret), now,
                now.plus(Duration.ofHours(hours))));
        Person person = account.getPerson();
        Language language = person.getPreferredLanguage();
        outbox.queue(person.getEmail(), language,
                purpose == AccountToken.Purpose.INVITATION ? MailKind.INVITATION : MailKind.PASSWORD_RESET,
                Map.of("name", person.displayName(language.locale()), "username", account.getUsername(),
                        "link", publicUrl.replaceAll("/+$", "") + "/account/set-password.xhtml?token=" + secret,
                        "validHours", Integer.toString(hours)));
    }

    private Optional<AccountToken> usableToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return entityManager.createQuery("""
                        SELECT t FROM AccountToken t
                        JOIN FETCH t.account
                        WHERE t.tokenHash = :hash""", AccountToken.class)
                .setParameter("hash", Secrets.sha256(token.strip()))
                .getResultStream()
                .filter(t -> t.isUsableAt(now))
                .findFirst();
    }

    private static String describeRoles(Account account) {
        return "roles=" + account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(","))
                + (account.getCoordinatorOf() == null ? "" : "; coordinatorOf=" + account.getCoordinatorOf().getCode());
    }
}
