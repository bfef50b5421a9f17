package org.tadreeb.grading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.platform.BusinessException;

/** One trainee's attendance at one meeting, as the instructor recorded it (one row per meeting and enrolment). */
@Entity
@Table(name = "attendance")
public class Attendance {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "enrolment_id", nullable = false)
    private Enrolment enrolment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AttendanceMark mark;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    public Attendance(Meeting meeting, Enrolment enrolment, AttendanceMark mark, String note, String by, Instant at) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
        record(mark, note, by, at);
    }

    /**
     * Records the mark (and note); answers whether anything changed. The note must pass {@link #checkNote}.
     */
    public boolean record(AttendanceMark newMark, String newNote, String by, Instant at) {
        Objects.requireNonNull(newMark, "mark");
        String cleaned = checkNote(newMark, newNote);
        if (newMark == mark && Objects.equals(cleaned, note)) {
            return false;
        }
        this.mark = newMark;
        this.note = cleaned;
        this.recordedBy = by;
        this.recordedAt = at.truncatedTo(ChronoUnit.SECONDS);
        return true;
    }

    /**
     * The note as it is kept (stripped; null when blank). An excused absence needs a note saying why; a note is at
     * most {@value #MAX_NOTE} characters.
     */
    public static String checkNote(AttendanceMark mark, String note) {
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > MAX_NOTE) {
            throw new BusinessException("attendance.error.noteTooLong", MAX_NOTE);
        }
        if (mark == AttendanceMark.EXCUSED && cleaned == null) {
            throw new BusinessException("attendance.error.excuseNeedsNote");
        }
        return cleaned;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public AttendanceMark getMark() {
        return mark;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
