package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortNotFoundException;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentRepository;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Person;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.i18n.BilingualText;

/**
 * Attendance, meeting by meeting: the roster of a meeting with its marks, recording a whole meeting at once (all
 * rows or none, each change audited), a cohort's matrix of trainees by meetings, and the meetings whose attendance
 * is still to be taken. Who may do what is {@link GradingAccess}'s answer: the cohort's instructors record,
 * administrators read.
 */
@ApplicationScoped
public class AttendanceService {

    /** The trainees on a meeting's roster: those holding a seat, and those a finished cohort passed or failed. */
    public static final Set<EnrolmentStatus> ON_ROSTER =
            Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);

    /** One line of input: a trainee's mark at the meeting, and a note (required for an excused absence). */
    public record Entry(String serviceNumber, AttendanceMark mark, String note) {
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    GradingAccess access;

    @Inject
    CentreClock clock;

    @Inject
    AuditLog auditLog;

    @Inject
    EnrolmentRepository enrolments;

    /** A meeting's roster with the marks recorded so far (none yet: {@link AttendanceSheet.Line#mark()} is null). */
    @Transactional
    public AttendanceSheet sheet(String username, String cohortCode, long meetingId) {
        Cohort cohort = access.forReading(username, cohortCode);
        Meeting meeting = meetingOf(cohort, meetingId);
        Map<Long, Attendance> marks = marksAt(meeting);
        List<AttendanceSheet.Line> lines = rosterOf(cohort).stream().map(enrolment -> {
            Person trainee = enrolment.getTrainee();
            Attendance attendance = marks.get(enrolment.getId());
            return attendance == null
                    ? new AttendanceSheet.Line(trainee.getServiceNumber(), trainee.getNameArabic(), trainee.getNameLatin(),
                            null, null, null, null)
                    : new AttendanceSheet.Line(trainee.getServiceNumber(), trainee.getNameArabic(), trainee.getNameLatin(),
                            attendance.getMark(), attendance.getNote(), attendance.getRecordedBy(), attendance.getRecordedAt());
        }).toList();
        List<Meeting> held = cohort.heldMeetings();
        int index = held.indexOf(meeting);
        return new AttendanceSheet(cohort.getCode(), cohort.getCourse().getCode(), cohort.getCourse().getTitleArabic(),
                cohort.getCourse().getTitleEnglish(), AttendanceSheet.Slot.of(meeting, cohort),
                !meeting.isCancelled() && hasStarted(meeting), !marks.isEmpty(),
                index > 0 ? held.get(index - 1).getId() : null,
                index >= 0 && index < held.size() - 1 ? held.get(index + 1).getId() : null, lines);
    }

    /**
     * Records the marks of one meeting in one go. The whole request is refused, naming each trainee at fault,
     * when any line is wrong (a trainee not on the roster, a missing mark, an excused absence without a note);
     * a cancelled meeting, or one that has not started, takes no attendance. Lines equal to what is recorded
     * change nothing; every other line is audited with its before and after. Answers how many marks changed.
     */
    @Transactional
    public int record(String username, String cohortCode, long meetingId, List<Entry> entries) {
        Cohort cohort = access.forRecording(username, cohortCode);
        Meeting meeting = meetingOf(cohort, meetingId);
        if (meeting.isCancelled()) {
            throw new BusinessException("attendance.error.meetingCancelled");
        }
        if (!hasStarted(meeting)) {
            throw new BusinessException("attendance.error.notStarted", meeting.getStartsAt());
        }
        // Two instructors saving the same meeting queue here, so neither inserts a mark the other just inserted.
        entityManager.lock(meeting, LockModeType.PESSIMISTIC_WRITE);
        Map<String, Enrolment> roster = rosterOf(cohort).stream()
                .collect(Collectors.toMap(e -> e.getTrainee().getServiceNumber(), Function.identity()));
        Map<Long, Attendance> marks = marksAt(meeting);
        List<FieldError> errors = new ArrayList<>();
        Map<Enrolment, Entry> accepted = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String number = entry.serviceNumber() == null || entry.serviceNumber().isBlank() ? ""
                    : Person.normaliseNumber(entry.serviceNumber());
            Enrolment enrolment = roster.get(number);
            if (enrolment == null) {
                errors.add(new FieldError(number, "attendance.error.notInCohort", number, cohort.getCode()));
                continue;
            }
            BilingualText name = new BilingualText(enrolment.getTrainee().getNameArabic(), enrolment.getTrainee().getNameLatin());
            if (accepted.containsKey(enrolment)) {
                errors.add(new FieldError(number, "attendance.error.twice", name, number));
            } else if (entry.mark() == null) {
                errors.add(new FieldError(number, "attendance.error.noMark", name, number));
            } else {
                try {
                    Attendance.checkNote(entry.mark(), entry.note());
                    accepted.put(enrolment, entry);
                } catch (BusinessException refused) {
                    errors.add(new FieldError(number, refused.messageKey() + "For", name, number, Attendance.MAX_NOTE));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = Instant.now();
        int changed = 0;
        for (Map.Entry<Enrolment, Entry> line : accepted.entrySet()) {
            Entry entry = line.getValue();
            String subject = cohort.getCode() + "/" + meeting.getId() + "/" + line.getKey().getTrainee().getServiceNumber();
            Attendance existing = marks.get(line.getKey().getId());
            if (existing == null) {
                Attendance fresh = new Attendance(meeting, line.getKey(), entry.mark(), entry.note(), username, now);
                entityManager.persist(fresh);
                auditLog.record("attendance.recorded", "Attendance", subject, null, describe(fresh));
                changed++;
            } else {
                String before = describe(existing);
                if (existing.record(entry.mark(), entry.note(), username, now)) {
                    auditLog.record("attendance.changed", "Attendance", subject, before, describe(existing));
                    changed++;
                }
            }
        }
        return changed;
    }

    /** The cohort's attendance: every trainee on its roster by every meeting held, with their tally and rate. */
    @Transactional
    public AttendanceMatrix matrix(String username, String cohortCode) {
        Cohort cohort = access.forReading(username, cohortCode);
        List<Meeting> held = cohort.heldMeetings();
        Map<Long, Map<Long, AttendanceMark>> byEnrolment = new HashMap<>();
        entityManager.createQuery("""
                        SELECT a FROM Attendance a
                        WHERE a.meeting.cohort = :cohort
                        AND a.meeting.cancelled = false""", Attendance.class)
                .setParameter("cohort", cohort)
                .getResultStream()
                .forEach(a -> byEnrolment.computeIfAbsent(a.getEnrolment().getId(), id -> new HashMap<>())
                        .put(a.getMeeting().getId(), a.getMark()));
        List<AttendanceMatrix.Column> columns = held.stream()
                .map(m -> new AttendanceMatrix.Column(m.getId(), m.getStartsAt(), m.getEndsAt(), hasStarted(m))).toList();
        List<AttendanceMatrix.Line> lines = rosterOf(cohort).stream().map(enrolment -> {
            Map<Long, AttendanceMark> marks = byEnrolment.getOrDefault(enrolment.getId(), Map.of());
            List<AttendanceMark> row = new ArrayList<>();
            AttendanceTally tally = AttendanceTally.NONE;
            for (Meeting meeting : held) {
                AttendanceMark mark = marks.get(meeting.getId());
                row.add(mark);
                if (mark != null) {
                    tally = tally.plus(mark);
                }
            }
            Person trainee = enrolment.getTrainee();
            return new AttendanceMatrix.Line(trainee.getServiceNumber(), trainee.getNameArabic(), trainee.getNameLatin(),
                    row, tally, tally.rate(cohort.getCourse().getExcusedAbsences()));
        }).toList();
        return new AttendanceMatrix(cohort.getCode(), cohort.getCourse().getTitleArabic(),
                cohort.getCourse().getTitleEnglish(), cohort.getStatus(), cohort.getCourse().getMinimumAttendance(),
                cohort.getCourse().getExcusedAbsences(), columns, lines);
    }

    /**
     * The meetings whose attendance is not yet taken, of the cohorts the instructor teaches: held (not cancelled),
     * started, in a cohort that is not cancelled and has trainees on its roster, and without a single mark.
     */
    @Transactional
    public List<AttendanceSheet.Slot> notYetTaken(String username) {
        return meetingsTaughtBy(username, """
                        AND m.startsAt <= :now
                        AND EXISTS (SELECT e FROM Enrolment e WHERE e.cohort = c AND e.status IN :roster)
                        AND NOT EXISTS (SELECT a FROM Attendance a WHERE a.meeting = m)""",
                Map.of("now", clock.now(), "roster", ON_ROSTER));
    }

    /** The instructor's meetings today and in the next {@code days} days (cancelled ones left out). */
    @Transactional
    public List<AttendanceSheet.Slot> meetingsAhead(String username, int days) {
        LocalDate today = clock.today();
        return meetingsTaughtBy(username, """
                        AND m.startsAt >= :from
                        AND m.startsAt < :until""",
                Map.of("from", today.atStartOfDay(), "until", today.plusDays(days + 1L).atStartOfDay()));
    }

    /** Held meetings of the live or finished cohorts the instructor teaches, meeting the condition, in time order. */
    private List<AttendanceSheet.Slot> meetingsTaughtBy(String username, String condition, Map<String, Object> parameters) {
        TypedQuery<Meeting> query = entityManager.createQuery("""
                        SELECT m FROM Meeting m
                        JOIN m.cohort c
                        JOIN c.instructors i
                        WHERE i.username = :username
                        AND m.cancelled = false
                        AND c.status <> :cancelled
                        """ + condition + """

                        ORDER BY m.startsAt, c.code""", Meeting.class)
                .setParameter("username", username == null ? "" : username.toLowerCase(Locale.ROOT))
                .setParameter("cancelled", CohortStatus.CANCELLED);
        parameters.forEach(query::setParameter);
        return query.getResultStream().map(m -> AttendanceSheet.Slot.of(m, m.getCohort())).toList();
    }

    /** Attendance is taken once a meeting has started (on or after its start, in the centre's time). */
    boolean hasStarted(Meeting meeting) {
        LocalDateTime now = clock.now();
        return !meeting.getStartsAt().isAfter(now);
    }

    private Meeting meetingOf(Cohort cohort, long meetingId) {
        return cohort.meeting(meetingId).orElseThrow(() -> new CohortNotFoundException(cohort.getCode() + "/" + meetingId));
    }

    private List<Enrolment> rosterOf(Cohort cohort) {
        return enrolments.ofCohortByName(cohort, ON_ROSTER);
    }

    private Map<Long, Attendance> marksAt(Meeting meeting) {
        return entityManager.createQuery("""
                        SELECT a FROM Attendance a
                        WHERE a.meeting = :meeting""", Attendance.class)
                .setParameter("meeting", meeting)
                .getResultStream()
                .collect(Collectors.toMap(a -> a.getEnrolment().getId(), Function.identity()));
    }

    private static String describe(Attendance attendance) {
        return "mark=" + attendance.getMark() + "; note=" + (attendance.getNote() == null ? "" : attendance.getNote());
    }
}
