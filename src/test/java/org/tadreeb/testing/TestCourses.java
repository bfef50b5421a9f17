package org.tadreeb.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.tadreeb.course.AssessmentScheme;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseDetails;
import org.tadreeb.course.CourseService;
import org.tadreeb.course.InstructorQualification;
import org.tadreeb.course.QualificationService;

/**
 * Courses of a test's own: a copy of a demo course (scheme, hours, attendance rule, certificate validity,
 * prerequisites) under a new code, so that what a test does to a course's cohorts, certificates or catalogue entry
 * is seen by that test alone. Inside the server call {@link #copyOf}; from outside post
 * {@code /testing/cohorts?do=course&code=&like=} ({@link TestCohortsServlet}).
 */
@ApplicationScoped
public class TestCourses {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CourseService courses;

    @Inject
    QualificationService qualifications;

    /**
     * A new course {@code code} like the course {@code like}; its titles end with the code, and the instructors
     * qualified for the one are qualified for the other, until the same day.
     */
    @Transactional
    public void copyOf(String like, String code) {
        Course source = entityManager.createQuery("SELECT c FROM Course c WHERE c.code = :code", Course.class)
                .setParameter("code", like).getSingleResult();
        AssessmentScheme scheme = new AssessmentScheme(source.getComponents().stream()
                .map(c -> new AssessmentScheme.Component(c.getNameArabic(), c.getNameEnglish(), c.getMaxScore(), c.getWeight()))
                .toList(), source.getPassMark());
        courses.create(new CourseDetails(code, source.getTitleArabic() + " " + code, source.getTitleEnglish() + " " + code,
                source.getSummaryArabic(), source.getSummaryEnglish(), source.getObjectivesArabic(),
                source.getObjectivesEnglish(), source.getCategory() == null ? null : source.getCategory().getCode(),
                source.getDeliveryMode(), source.getContactHours(), source.getMinimumAttendance(),
                source.getExcusedAbsences(), source.getCertificateMonths(), source.getDefaultSeats(), scheme,
                source.getPrerequisites().stream().map(Course::getCode).toList()));
        entityManager.createQuery("SELECT q FROM InstructorQualification q WHERE q.course = :course",
                        InstructorQualification.class).setParameter("course", source).getResultList()
                .forEach(q -> qualifications.qualify(q.getInstructor().getServiceNumber(), code, q.getExpiresOn()));
    }
}
