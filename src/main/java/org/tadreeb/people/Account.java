package org.tadreeb.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.Language;

/**
 * A person's way into Tadreeb: a user name, a password hash, the roles it holds and its sign-in
 * history. The account of an inactive person cannot sign in; repeated failures lock it for a growing time.
 * A partner coordinator's account names the one organisation whose people it may see.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_USERNAME, query = """
        SELECT a FROM Account a
        JOIN FETCH a.person
        WHERE a.username = :username""")
public class Account {

    public static final String BY_USERNAME = "Account.byUsername";

    /** Failures allowed before the first lock; each further failure doubles the lock. */
    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @Column(nullable = false, length = 80, unique = true)
    private String username;

    @Column(name = "password_hash", length = 300)
    private String passwordHash;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_of")
    private Organisation coordinatorOf;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    public Account(Person person, String username, Language preferredLanguage, Set<Role> roles) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("An account needs a user name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account needs at least one role");
        }
        this.person = person;
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        if (preferredLanguage != null) {
            person.preferLanguage(preferredLanguage);
        }
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    public void preferLanguage(Language language) {
        person.preferLanguage(language);
    }

    /** Whether a sign-in attempt may be checked at all right now. */
    public boolean canAttemptSignIn(Instant now) {
        return person.isActive() && !isLockedAt(now);
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    /** Counts a failed attempt; from the sixth on, the account locks for 30 s, 60 s, 120 s... up to an hour. */
    public void recordFailedSignIn(Instant now) {
        failedSignIns++;
        int beyondFree = failedSignIns - FREE_FAILURES;
        if (beyondFree > 0) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree - 1, 20));
            lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        }
    }

    public void unlock() {
        failedSignIns = 0;
        lockedUntil = null;
    }


    /**
     * Gives the account exactly these roles. A partner coordinator must be tied to the organisation whose
     * people they may see; the tie goes when the role goes.
     */
    public void changeRoles(Set<Role> newRoles, Organisation coordinatorOf) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new BusinessException("account.error.noRole");
        }
        if (newRoles.contains(Role.COORDINATOR) && coordinatorOf == null) {
            throw new BusinessException("account.error.coordinatorNeedsOrganisation");
        }
        roles.clear();
        roles.addAll(newRoles);
        this.coordinatorOf = newRoles.contains(Role.COORDINATOR) ? coordinatorOf : null;
    }

    public Organisation getCoordinatorOf() {
        return coordinatorOf;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Where this account lands after signing in: the most powerful of its roles' homes. */
    public String homePath() {
        for (Role role : List.of(Role.ADMINISTRATOR, Role.INSTRUCTOR, Role.COORDINATOR, Role.TRAINEE)) {
            if (roles.contains(role)) {
                return role.homePath();
            }
        }
        return "/";
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Language getPreferredLanguage() {
        return person.getPreferredLanguage();
    }

    /** An account is active while its person is: deactivating the person closes the account too. */
    public boolean isActive() {
        return person.isActive();
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
