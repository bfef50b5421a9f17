package org.tadreeb.grading;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortStatus;

/** The cohorts whose grading an instructor still has to do, for their home. */
@ApplicationScoped
public class InstructorAgenda {

    /** A cohort whose results are not yet published: in progress, or completed and waiting for them. */
    public record CohortToGrade(String code, String courseTitleArabic, String courseTitleEnglish, LocalDate startsOn,
                                LocalDate endsOn, CohortStatus status) implements Serializable {

        public String courseTitle(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
        }
    }

    @PersistenceContext
    EntityManager entityManager;

    /** The cohorts the instructor teaches that are in progress or completed and whose results are not published. */
    @Transactional
    public List<CohortToGrade> gradingToDo(String username) {
        return entityManager.createQuery("""
                        SELECT c FROM Cohort c
                        JOIN c.instructors i
                        JOIN FETCH c.course
                        WHERE i.username = :username
                        AND c.status IN :grading
                        AND c.resultsPublishedAt IS NULL
                        ORDER BY c.endsOn, c.code""", Cohort.class)
                .setParameter("username", normalised(username))
                .setParameter("grading", List.of(CohortStatus.IN_PROGRESS, CohortStatus.COMPLETED))
                .getResultStream()
                .map(c -> new CohortToGrade(c.getCode(), c.getCourse().getTitleArabic(), c.getCourse().getTitleEnglish(),
                        c.getStartsOn(), c.getEndsOn(), c.getStatus()))
                .toList();
    }

    private static String normalised(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
