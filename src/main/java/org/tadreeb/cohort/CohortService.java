package org.tadreeb.cohort;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseCode;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.people.Account;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.people.Person;
import org.tadreeb.course.QualificationService;
import org.tadreeb.people.Role;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.BilingualText;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;

/**
 * Plans cohorts and their meetings and moves them through their life, with every rule checked (the cohort's own in
 * {@link Cohort}; qualifications, clashes and uniqueness here) and every change audited.
 */
@ApplicationScoped
public class CohortService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortMembers members;

    @Inject
    CohortRepository repository;

    @Inject
    VenueRepository venues;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    Bookings bookings;

    @Inject
    QualificationService qualifications;

    @Inject
    AuditLog auditLog;

    @Inject
    Outbox outbox;

    @Inject
    CentreClock clock;

    @Inject
    Event<SeatsChanged> seatsChanged;

    @Inject
    Event<CohortCompleting> completing;

    public Optional<Cohort> findByCode(String code) {
        return repository.findByCode(CohortCode.of(code));
    }

    public Cohort getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new CohortNotFoundException(code));
    }

    @Transactional
    public Cohort plan(CohortDetails details) {
        List<FieldError> errors = new ArrayList<>(details.check());
        if (errors.stream().noneMatch(e -> e.field().equals("code")) && findByCode(details.code()).isPresent()) {
            errors.add(new FieldError("code", "cohort.error.codeTaken", details.normalisedCode()));
        }
        Course course = course(details.courseCode(), errors);
        References references = resolve(details, course, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Cohort cohort = new Cohort(details.normalisedCode(), course, details.startsOn(), details.endsOn(),
                references.venue(), details.seatLimit());
        cohort.openEnrolmentBetween(details.enrolmentOpensOn(), details.enrolmentClosesOn(), details.needsApproval());
        references.instructors().forEach(cohort::assignInstructor);
        entityManager.persist(cohort);
        entityManager.flush();
        auditLog.record("cohort.planned", "Cohort", cohort.getCode(), null, CohortSnapshot.of(cohort));
        return cohort;
    }

    /** Changes the plan of a live cohort; its code and course stay. Moving it must clash with nothing. */
    @Transactional
    public Cohort revise(String code, CohortDetails details) {
        Cohort cohort = getByCode(code);
        cohort.requireEditable();
        List<FieldError> errors = new ArrayList<>(details.check());
        errors.removeIf(e -> e.field().equals("code") || e.field().equals("course"));
        References references = resolve(details, cohort.getCourse(), errors);
        long enrolled = enrolledIn(cohort);
        if (details.seatLimit() != null && details.seatLimit() < enrolled) {
            errors.add(new FieldError("seatLimit", "cohort.error.seatsBelowEnrolled", details.seatLimit(), enrolled));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String before = CohortSnapshot.of(cohort);
        int seatsBefore = cohort.getSeatLimit();
        cohort.reschedule(details.startsOn(), details.endsOn());
        cohort.seat(references.venue(), details.seatLimit(), enrolled);
        cohort.openEnrolmentBetween(details.enrolmentOpensOn(), details.enrolmentClosesOn(), details.needsApproval());
        for (Account instructor : List.copyOf(cohort.getInstructors())) {
            if (!references.instructors().contains(instructor)) {
                cohort.releaseInstructor(instructor);
            }
        }
        references.instructors().forEach(cohort::assignInstructor);
        bookings.refuseClashes(cohort, heldSlots(cohort));
        auditLog.record("cohort.revised", "Cohort", cohort.getCode(), before, CohortSnapshot.of(cohort));
        if (cohort.getSeatLimit() > seatsBefore) {
            seatsChanged.fire(new SeatsChanged(cohort.getCode()));
        }
        return cohort;
    }

    /** Reserves shares of the seats by kind of organisation until the release date (an empty map removes them). */
    @Transactional
    public Cohort reserveSeats(String code, Map<OrganisationType, Integer> shares, LocalDate releaseOn) {
        Cohort cohort = getByCode(code);
        String before = cohort.getQuotas().stream().map(q -> q.getOrganisationType() + "=" + q.getSeats())
                .sorted().toList() + " until " + cohort.getQuotasReleaseOn();
        int reservedBefore = cohort.reservedSeats();
        cohort.reserveSeats(shares, releaseOn);
        auditLog.record("cohort.quotas", "Cohort", cohort.getCode(), before,
                cohort.getQuotas().stream().map(q -> q.getOrganisationType() + "=" + q.getSeats()).sorted().toList()
                        + " until " + cohort.getQuotasReleaseOn());
        if (cohort.reservedSeats() < reservedBefore) {
            seatsChanged.fire(new SeatsChanged(cohort.getCode()));
        }
        return cohort;
    }

    /** Lets partner coordinators nominate their people into the cohort (or stops them), audited. */
    @Transactional
    public Cohort acceptNominations(String code, boolean open) {
        Cohort cohort = getByCode(code);
        boolean before = cohort.isOpenToNominations();
        if (before != open) {
            cohort.acceptNominations(open);
            auditLog.record("cohort.nominations", "Cohort", cohort.getCode(), String.valueOf(before), String.valueOf(open));
        }
        return cohort;
    }

    @Transactional
    public Meeting addMeeting(String code, MeetingDetails details) {
        Cohort cohort = getByCode(code);
        List<FieldError> errors = details.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        bookings.refuseClashes(cohort, List.of(new Bookings.Slot(details.start(), details.end(), null)));
        Meeting meeting = cohort.scheduleMeeting(details.start(), details.end(), details.topicArabic(), details.topicEnglish());
        entityManager.flush();
        auditLog.record("meeting.added", "Cohort", cohort.getCode(), null, CohortSnapshot.of(meeting));
        return meeting;
    }

    /** Adds every meeting of the pattern, or none of them when one is refused (outside the dates, a clash...). */
    @Transactional
    public List<Meeting> generateMeetings(String code, WeeklyPattern pattern) {
        Cohort cohort = getByCode(code);
        List<FieldError> errors = pattern.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        List<MeetingDetails> planned = pattern.meetings();
        bookings.refuseClashes(cohort, planned.stream().map(m -> new Bookings.Slot(m.start(), m.end(), null)).toList());
        List<Meeting> added = planned.stream()
                .map(m -> cohort.scheduleMeeting(m.start(), m.end(), m.topicArabic(), m.topicEnglish())).toList();
        entityManager.flush();
        auditLog.record("meeting.generated", "Cohort", cohort.getCode(), null, added.size() + " meetings: "
                + pattern.days() + " " + pattern.startsAt() + "-" + pattern.endsAt() + " " + pattern.from() + ".." + pattern.to());
        return added;
    }

    @Transactional
    public Meeting changeMeeting(String code, long meetingId, MeetingDetails details) {
        Cohort cohort = getByCode(code);
        Meeting meeting = meetingOf(cohort, meetingId);
        List<FieldError> errors = details.check();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (meeting.isCancelled()) {
            throw new BusinessException("meeting.error.cancelled");
        }
        bookings.refuseClashes(cohort, List.of(new Bookings.Slot(details.start(), details.end(), meeting.getId())));
        String before = CohortSnapshot.of(meeting);
        meeting.reschedule(details.start(), details.end(), details.topicArabic(), details.topicEnglish());
        auditLog.record("meeting.changed", "Cohort", cohort.getCode(), before, CohortSnapshot.of(meeting));
        return meeting;
    }

    @Transactional
    public Meeting cancelMeeting(String code, long meetingId) {
        Cohort cohort = getByCode(code);
        Meeting meeting = meetingOf(cohort, meetingId);
        if (!meeting.isCancelled()) {
            String before = CohortSnapshot.of(meeting);
            meeting.cancel();
            auditLog.record("meeting.cancelled", "Cohort", cohort.getCode(), before, CohortSnapshot.of(meeting));
        }
        return meeting;
    }

    @Transactional
    public Cohort open(String code) {
        return move(code, "cohort.opened", cohort -> cohort.openForEnrolment(clock.today()));
    }

    @Transactional
    public Cohort closeEnrolment(String code) {
        return move(code, "cohort.enrolmentClosed", Cohort::closeEnrolment);
    }

    @Transactional
    public Cohort start(String code) {
        return move(code, "cohort.started", cohort -> cohort.start(clock.today()));
    }

    /**
     * Completes the cohort; {@link CohortCompleting}'s observer (grading) then finishes each trainee's enrolment by
     * their result in the same transaction, or refuses and so rolls the completion back.
     */
    @Transactional
    public Cohort complete(String code) {
        return move(code, "cohort.completed", cohort -> {
            cohort.complete(clock.now());
            completing.fire(new CohortCompleting(cohort.getCode()));
        });
    }

    /** One step of the lifecycle, which the cohort guards, audited with the status before and after. */
    private Cohort move(String code, String action, Consumer<Cohort> step) {
        Cohort cohort = getByCode(code);
        String before = cohort.getStatus().name();
        step.accept(cohort);
        auditLog.record(action, "Cohort", cohort.getCode(), before, cohort.getStatus().name());
        return cohort;
    }

    /** Cancels the cohort and, in the same transaction, queues a message to every trainee holding or awaiting a seat. */
    @Transactional
    public int cancel(String code, String reason) {
        Cohort cohort = getByCode(code);
        String before = cohort.getStatus().name();
        cohort.cancel(reason, java.time.Instant.now());
        List<Person> told = members.toldOfCancellation(cohort);
        int queued = 0;
        for (Person trainee : told) {
            if (trainee.getEmail() != null && !trainee.getEmail().isBlank()) {
                outbox.queue(trainee.getEmail(), trainee.getPreferredLanguage(), MailKind.COHORT_CANCELLED,
                        cancellationValues(cohort, trainee));
                queued++;
            }
        }
        auditLog.record("cohort.cancelled", "Cohort", cohort.getCode(), before,
                cohort.getStatus().name() + ": " + cohort.getCancelReason() + " (" + queued + " trainees told)");
        return queued;
    }

    private static Map<String, String> cancellationValues(Cohort cohort, Person trainee) {
        Locale locale = trainee.getPreferredLanguage().locale();
        Map<String, String> values = new HashMap<>();
        values.put("name", trainee.displayName(locale));
        values.put("course", cohort.getCourse().title(locale));
        values.put("cohort", cohort.getCode());
        values.put("startsOn", cohort.getStartsOn().toString());
        values.put("endsOn", cohort.getEndsOn().toString());
        values.put("venue", cohort.getVenue() == null ? "-" : cohort.getVenue().name(locale));
        values.put("reason", cohort.getCancelReason());
        return values;
    }

    /** Accounts that may teach the course over the dates: instructors with a qualification valid to the last day. */
    @Transactional
    public List<InstructorChoice> qualifiedInstructors(String courseCode, LocalDate startsOn, LocalDate endsOn) {
        LocalDate lastDay = endsOn != null ? endsOn : startsOn != null ? startsOn : clock.today();
        return entityManager.createQuery("""
                        SELECT a FROM Account a, InstructorQualification q
                        WHERE q.instructor = a.person
                        AND q.course.code = :course
                        AND (q.expiresOn IS NULL OR q.expiresOn >= :lastDay)
                        AND :role MEMBER OF a.roles
                        ORDER BY a.person.nameLatin""", Account.class)
                .setParameter("course", CourseCode.of(courseCode).value())
                .setParameter("lastDay", lastDay)
                .setParameter("role", Role.INSTRUCTOR)
                .getResultList().stream()
                .map(a -> new InstructorChoice(a.getUsername(), a.getPerson().getNameArabic(), a.getPerson().getNameLatin()))
                .toList();
    }

    public long enrolledIn(Cohort cohort) {
        if (cohort.getId() == null) {
            return 0;
        }
        return members.seatsTaken(List.of(cohort.getId())).getOrDefault(cohort.getId(), 0L);
    }

    private record References(Venue venue, List<Account> instructors) {
    }

    private Course course(String courseCode, List<FieldError> errors) {
        if (courseCode == null || courseCode.isBlank()) {
            return null;
        }
        Course course = catalogue.findByCode(courseCode).orElse(null);
        if (course == null) {
            errors.add(new FieldError("course", "cohort.error.unknownCourse", courseCode.strip()));
        } else if (course.isArchived()) {
            errors.add(new FieldError("course", "cohort.error.courseArchived", course.getCode()));
        }
        return course;
    }

    private References resolve(CohortDetails details, Course course, List<FieldError> errors) {
        Venue venue = null;
        if (details.venueCode() != null && !details.venueCode().isBlank()) {
            venue = venues.findByCode(VenueCode.of(details.venueCode())).orElse(null);
            if (venue == null) {
                errors.add(new FieldError("venue", "cohort.error.unknownVenue", details.venueCode().strip()));
            } else if (!venue.isActive()) {
                errors.add(new FieldError("venue", "cohort.error.venueRetired",
                        new BilingualText(venue.getNameArabic(), venue.getNameEnglish())));
            } else if (details.seatLimit() != null && details.seatLimit() > venue.getCapacity()) {
                errors.add(new FieldError("seatLimit", "cohort.error.seatsAboveCapacity", details.seatLimit(),
                        new BilingualText(venue.getNameArabic(), venue.getNameEnglish()), venue.getCapacity()));
            }
        } else if (course != null && course.getDeliveryMode() != DeliveryMode.REMOTE) {
            errors.add(new FieldError("venue", "cohort.error.venueRequired"));
        }
        List<Account> instructors = new ArrayList<>();
        for (String username : details.instructorUsernames()) {
            Account account = entityManager.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                    .setParameter("username", username.toLowerCase(Locale.ROOT))
                    .getResultStream().findFirst().orElse(null);
            if (account == null || !account.hasRole(Role.INSTRUCTOR)) {
                errors.add(new FieldError("instructors", "cohort.error.notAnInstructor", username));
                continue;
            }
            BilingualText name = new BilingualText(account.getPerson().getNameArabic(), account.getPerson().getNameLatin());
            if (course != null && details.startsOn() != null && details.endsOn() != null
                    && !(qualifications.isQualified(account.getPerson(), course, details.startsOn())
                    && qualifications.isQualified(account.getPerson(), course, details.endsOn()))) {
                errors.add(new FieldError("instructors", "cohort.error.instructorNotQualified", name, course.getCode()));
                continue;
            }
            instructors.add(account);
        }
        return new References(venue, instructors);
    }

    private static List<Bookings.Slot> heldSlots(Cohort cohort) {
        return cohort.heldMeetings().stream().map(m -> new Bookings.Slot(m.getStartsAt(), m.getEndsAt(), m.getId())).toList();
    }

    private static Meeting meetingOf(Cohort cohort, long meetingId) {
        return cohort.meeting(meetingId).orElseThrow(() -> new CohortNotFoundException(cohort.getCode() + "/" + meetingId));
    }
}
