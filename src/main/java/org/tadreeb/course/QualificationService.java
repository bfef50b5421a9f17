package org.tadreeb.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.people.PersonDirectory;
import org.tadreeb.people.Person;

/** Which courses an instructor may teach, and until when. Cohort planning asks {@link #isQualified}. */
@ApplicationScoped
public class QualificationService {

    /** A qualification as the person page lists it. */
    public record QualificationView(String courseCode, String courseTitleArabic, String courseTitleEnglish,
                                    LocalDate expiresOn) implements Serializable {

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    PersonDirectory directory;

    @Inject
    AuditLog auditLog;

    @Inject
    CourseCatalogue catalogue;

    @Transactional
    public List<QualificationView> qualificationsOf(String serviceNumber) {
        return entityManager.createQuery("""
                        SELECT q FROM InstructorQualification q
                        JOIN FETCH q.course
                        WHERE q.instructor.serviceNumber = :number
                        ORDER BY q.course.code""", InstructorQualification.class)
                .setParameter("number", Person.normaliseNumber(serviceNumber))
                .getResultList().stream()
                .map(q -> new QualificationView(q.getCourse().getCode(), q.getCourse().getTitleArabic(),
                        q.getCourse().getTitleEnglish(), q.getExpiresOn()))
                .toList();
    }

    /** Qualifies the instructor for the course until the date (or for good), or changes the date. */
    @Transactional
    public void qualify(String serviceNumber, String courseCode, LocalDate expiresOn) {
        Person instructor = directory.getByNumber(serviceNumber);
        Course course = catalogue.findByCode(CourseCode.of(courseCode))
                .orElseThrow(() -> new BusinessException("qualification.error.unknownCourse", courseCode));
        InstructorQualification existing = find(instructor, course);
        String before = existing == null ? null : String.valueOf(existing.getExpiresOn());
        if (existing == null) {
            entityManager.persist(new InstructorQualification(instructor, course, expiresOn));
        } else {
            existing.extendUntil(expiresOn);
        }
        auditLog.record("qualification.granted", "Person", instructor.getServiceNumber(), before,
                course.getCode() + " until " + (expiresOn == null ? "no expiry" : expiresOn));
    }

    @Transactional
    public void withdraw(String serviceNumber, String courseCode) {
        Person instructor = directory.getByNumber(serviceNumber);
        entityManager.createQuery("""
                        SELECT q FROM InstructorQualification q
                        WHERE q.instructor = :instructor
                        AND q.course.code = :code""", InstructorQualification.class)
                .setParameter("instructor", instructor)
                .setParameter("code", CourseCode.of(courseCode).value())
                .getResultStream().findFirst()
                .ifPresent(q -> {
                    entityManager.remove(q);
                    auditLog.record("qualification.withdrawn", "Person", instructor.getServiceNumber(), courseCode, null);
                });
    }

    /** Whether the person may teach the course on that day. */
    @Transactional
    public boolean isQualified(Person instructor, Course course, LocalDate day) {
        InstructorQualification qualification = find(instructor, course);
        return qualification != null && qualification.isValidOn(day);
    }

    private InstructorQualification find(Person instructor, Course course) {
        return entityManager.createQuery("""
                        SELECT q FROM InstructorQualification q
                        WHERE q.instructor = :instructor
                        AND q.course = :course""", InstructorQualification.class)
                .setParameter("instructor", instructor)
                .setParameter("course", course)
                .getResultStream().findFirst().orElse(null);
    }
}
