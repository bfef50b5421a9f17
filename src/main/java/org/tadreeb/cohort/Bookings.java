package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tadreeb.people.Account;
import org.tadreeb.platform.i18n.BilingualText;

/**
 * Who and what is booked when: a venue or an instructor cannot be in two live cohorts' meetings at overlapping
 * times, and a cohort's own meetings cannot overlap. One query per kind of booking covers all the slots asked
 * about, so checking a whole generated term costs the same as checking one meeting.
 */
@ApplicationScoped
public class Bookings {

    /** A time a cohort wants; {@code meetingId} is the meeting being moved (it does not clash with itself), or null. */
    public record Slot(LocalDateTime startsAt, LocalDateTime endsAt, Long meetingId) {

        boolean overlaps(LocalDateTime otherStartsAt, LocalDateTime otherEndsAt) {
            return startsAt.isBefore(otherEndsAt) && otherStartsAt.isBefore(endsAt);
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    /** Refuses with a {@link ClashException} naming the first clash found, in time order. */
    public void refuseClashes(Cohort cohort, List<Slot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        List<Slot> ordered = slots.stream().sorted(Comparator.comparing(Slot::startsAt)).toList();
        refuseOwnOverlaps(cohort, ordered);
        LocalDateTime since = ordered.get(0).startsAt();
        LocalDateTime until = ordered.stream().map(Slot::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        long cohortId = cohort.getId() == null ? -1 : cohort.getId();
        if (cohort.getVenue() != null) {
            List<Object[]> booked = entityManager.createQuery("""
                            SELECT m.startsAt, m.endsAt, h.code FROM Meeting m JOIN m.cohort h
                            WHERE h.venue = :venue
                            AND h.id <> :cohort
                            AND h.status IN :live
                            AND m.cancelled = FALSE
                            AND m.startsAt < :until
                            AND m.endsAt > :since
                            ORDER BY m.startsAt""", Object[].class)
                    .setParameter("venue", cohort.getVenue())
                    .setParameter("cohort", cohortId)
                    .setParameter("live", CohortStatus.LIVE)
                    .setParameter("until", until)
                    .setParameter("since", since)
                    .getResultList();
            for (Slot slot : ordered) {
                for (Object[] row : booked) {
                    if (slot.overlaps((LocalDateTime) row[0], (LocalDateTime) row[1])) {
                        throw new ClashException("cohort.error.roomClash",
                                new BilingualText(cohort.getVenue().getNameArabic(), cohort.getVenue().getNameEnglish()),
                                row[2], row[0]);
                    }
                }
            }
        }
        Set<Long> instructorIds = cohort.getInstructors().stream().map(Account::getId).collect(Collectors.toSet());
        refuseInstructorClashes(cohortId, instructorIds, ordered, since, until);
    }

    /** Whether the instructor could take every held meeting of the cohort (used before assigning them). */
    public void refuseInstructorClashes(Cohort cohort, Account instructor) {
        List<Slot> slots = cohort.heldMeetings().stream().map(m -> new Slot(m.getStartsAt(), m.getEndsAt(), m.getId()))
                .sorted(Comparator.comparing(Slot::startsAt)).toList();
        if (slots.isEmpty()) {
            return;
        }
        LocalDateTime until = slots.stream().map(Slot::endsAt).max(Comparator.naturalOrder()).orElseThrow();
        refuseInstructorClashes(cohort.getId() == null ? -1 : cohort.getId(), Set.of(instructor.getId()), slots,
                slots.get(0).startsAt(), until);
    }

    private void refuseInstructorClashes(long cohortId, Set<Long> instructorIds, List<Slot> ordered,
                                         LocalDateTime since, LocalDateTime until) {
        if (instructorIds.isEmpty()) {
            return;
        }
        List<Object[]> booked = entityManager.createQuery("""
                        SELECT m.startsAt, m.endsAt, h.code, p.nameArabic, p.nameLatin FROM Meeting m
                        JOIN m.cohort h JOIN h.instructors a JOIN a.person p
                        WHERE a.id IN :instructors
                        AND h.id <> :cohort
                        AND h.status IN :live
                        AND m.cancelled = FALSE
                        AND m.startsAt < :until
                        AND m.endsAt > :since
                        ORDER BY m.startsAt""", Object[].class)
                .setParameter("instructors", instructorIds)
                .setParameter("cohort", cohortId)
                .setParameter("live", CohortStatus.LIVE)
                .setParameter("until", until)
                .setParameter("since", since)
                .getResultList();
        for (Slot slot : ordered) {
            for (Object[] row : booked) {
                if (slot.overlaps((LocalDateTime) row[0], (LocalDateTime) row[1])) {
                    throw new ClashException("cohort.error.instructorClash",
                            new BilingualText((String) row[3], (String) row[4]), row[2], row[0]);
                }
            }
        }
    }

    private static void refuseOwnOverlaps(Cohort cohort, List<Slot> ordered) {
        Slot latestEnding = null;
        for (Slot slot : ordered) {
            for (Meeting meeting : cohort.heldMeetings()) {
                boolean same = slot.meetingId() != null && slot.meetingId().equals(meeting.getId());
                if (!same && meeting.overlaps(slot.startsAt(), slot.endsAt())) {
                    throw new ClashException("meeting.error.overlapsOwn", meeting.getStartsAt());
                }
            }
            if (latestEnding != null && latestEnding.overlaps(slot.startsAt(), slot.endsAt())) {
                throw new ClashException("meeting.error.overlapsOwn", latestEnding.startsAt());
            }
            if (latestEnding == null || slot.endsAt().isAfter(latestEnding.endsAt())) {
                latestEnding = slot;
            }
        }
    }
}
