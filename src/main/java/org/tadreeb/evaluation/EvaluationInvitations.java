package org.tadreeb.evaluation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.CohortCompleting;
import org.tadreeb.enrolment.Enrolment;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Person;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;
import org.tadreeb.cohort.CohortRepository;
import org.tadreeb.cohort.CohortCode;

/**
 * Opens a cohort's survey when the cohort completes and invites each trainee who finished it (completed or failed):
 * an invitation on their home page and a mail in their language with the form's address. It observes
 * {@link CohortCompleting} after the gradebook has finished the enrolments (a later priority), inside the completing
 * transaction, so the survey, the invitations and the mails exist exactly when the completion commits.
 */
@ApplicationScoped
public class EvaluationInvitations {

    /** After {@code GradebookService.onCompleting} (default priority), which finishes the enrolments. */
    static final int AFTER_RESULTS = Interceptor.Priority.APPLICATION + 900;

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    CohortRepository cohorts;

    @Inject
    QuestionSets questionSets;

    @Inject
    Outbox outbox;

    @Inject
    CentreClock clock;

    @Inject
    @ConfigProperty(name = "tadreeb.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    void onCompleting(@Observes @Priority(AFTER_RESULTS) CohortCompleting completing) {
        invite(completing.cohortCode());
    }

    /**
     * Opens the cohort's survey (with the current questions and the course's anonymity) unless it is open already,
     * and invites every finished trainee not yet invited; answers how many were invited now. Running it again
     * invites nobody twice; a cohort nobody finished gets no survey.
     */
    @Transactional
    public int invite(String cohortCode) {
        Cohort cohort = cohorts.findByCode(CohortCode.of(cohortCode)).orElseThrow();
        List<Enrolment> finished = entityManager.createQuery("""
                        SELECT e FROM Enrolment e
                        WHERE e.cohort = :cohort
                        AND e.status IN :finished
                        AND NOT EXISTS (SELECT i FROM Invitation i WHERE i.enrolment = e)
                        ORDER BY e.id""", Enrolment.class)
                .setParameter("cohort", cohort)
                .setParameter("finished", List.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED))
                .getResultList();
        if (finished.isEmpty()) {
            return 0;
        }
        Survey survey = entityManager.createQuery("SELECT s FROM Survey s WHERE s.cohort = :cohort", Survey.class)
                .setParameter("cohort", cohort)
                .getResultStream().findFirst()
                .orElseGet(() -> open(cohort));
        for (Enrolment enrolment : finished) {
            Invitation invitation = new Invitation(survey, enrolment);
            entityManager.persist(invitation);
            entityManager.flush();
            mail(invitation);
        }
        return finished.size();
    }

    private Survey open(Cohort cohort) {
        Survey survey = new Survey(cohort, questionSets.current(), questionSets.isAnonymous(cohort.getCourse()), clock.today());
        entityManager.persist(survey);
        return survey;
    }

    /** The invitation mail: values {@code name}, {@code course}, {@code cohort}, {@code endsOn}, {@code link}. */
    private void mail(Invitation invitation) {
        Person trainee = invitation.getEnrolment().getTrainee();
        if (trainee.getEmail() == null || trainee.getEmail().isBlank()) {
            return;
        }
        Locale locale = trainee.getPreferredLanguage().locale();
        Cohort cohort = invitation.getSurvey().getCohort();
        Map<String, String> values = new HashMap<>();
        values.put("name", trainee.displayName(locale));
        values.put("course", cohort.getCourse().title(locale));
        values.put("cohort", cohort.getCode());
        values.put("endsOn", cohort.getEndsOn().toString());
        values.put("link", formAddress(publicUrl, invitation.getId()));
        outbox.queue(trainee.getEmail(), trainee.getPreferredLanguage(), MailKind.EVALUATION_INVITATION, values);
    }

    /** The address of an evaluation's form. */
    static String formAddress(String publicUrl, long invitationId) {
        return publicUrl.replaceAll("/+$", "") + "/trainee/evaluation.xhtml?id=" + invitationId;
    }
}
