package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tadreeb.people.Account;
import org.tadreeb.people.Role;

/**
 * Whose meetings a signed-in person's calendar shows: an administrator sees every meeting (and may narrow it to a
 * venue or an instructor), an instructor the meetings of the cohorts they teach, anyone else those of the cohorts
 * they are enrolled in (or asked to join, or waitlisted for). The meetings themselves come from
 * {@link CohortDirectory#calendar}, one visible range at a time.
 */
@ApplicationScoped
public class CalendarService {

    /** What part of the centre's calendar a person sees. */
    public enum Scope {
        ALL, TEACHING, ENROLLED
    }

    @Inject
    CohortDirectory directory;

    @PersistenceContext
    EntityManager entityManager;

    /** The scope of a caller from the roles they hold (an administrator's wins over an instructor's). */
    public static Scope scopeOf(boolean administrator, boolean instructor) {
        return administrator ? Scope.ALL : instructor ? Scope.TEACHING : Scope.ENROLLED;
    }

    /**
     * The meetings the caller sees between two times. The venue and instructor filters apply to administrators
     * only; for the others they are ignored, so a trainee cannot widen their calendar by asking.
     */
    @Transactional
    public List<CalendarEntry> meetings(String username, Scope scope, LocalDateTime since, LocalDateTime until,
                                        String venueCode, String instructorUsername) {
        return switch (scope) {
            case ALL -> directory.calendar(since, until, venueCode, instructorUsername, null);
            case TEACHING -> directory.calendar(since, until, null, username, null);
            case ENROLLED -> {
                Long personId = personIdOf(username);
                yield personId == null ? List.of() : directory.calendar(since, until, null, null, personId);
            }
        };
    }

    /** The course code of each cohort, for linking a meeting to its course's page. */
    @Transactional
    public Map<String, String> courseCodes(Collection<String> cohortCodes) {
        Map<String, String> codes = new HashMap<>();
        if (cohortCodes.isEmpty()) {
            return codes;
        }
        entityManager.createQuery("""
                        SELECT h.code, c.code FROM Cohort h JOIN h.course c
                        WHERE h.code IN :codes""", Object[].class)
                .setParameter("codes", List.copyOf(cohortCodes))
                .getResultList()
                .forEach(row -> codes.put((String) row[0], (String) row[1]));
        return codes;
    }

    /** Every instructor's account, by name: the administrators' filter. */
    @Transactional
    public List<InstructorChoice> instructors() {
        return entityManager.createQuery("""
                        SELECT a FROM Account a JOIN FETCH a.person p
                        WHERE :role MEMBER OF a.roles
                        ORDER BY p.nameLatin""", Account.class)
                .setParameter("role", Role.INSTRUCTOR)
                .getResultList().stream()
                .map(a -> new InstructorChoice(a.getUsername(), a.getPerson().getNameArabic(), a.getPerson().getNameLatin()))
                .toList();
    }

    private Long personIdOf(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return entityManager.createQuery("SELECT a.person.id FROM Account a WHERE a.username = :username", Long.class)
                .setParameter("username", username.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }
}
