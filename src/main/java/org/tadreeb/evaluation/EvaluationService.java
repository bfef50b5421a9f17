package org.tadreeb.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.Person;
import org.tadreeb.platform.AccessDeniedException;

/**
 * A trainee's side of the evaluations: the ones waiting for them, a form, and answering it — once. Answering locks
 * the invitation row, so that two submissions at once (a double click, two tabs) queue and the second finds the
 * first; the participation's primary key backs the rule up. An evaluation that is not the caller's is answered
 * exactly like an unknown one (404). Answers are not audited: an audit record (who, when) beside a response would
 * undo the anonymity.
 */
@ApplicationScoped
public class EvaluationService {

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    AccountRepository accounts;

    /** The caller's evaluations not yet answered, the most recently ended cohort first. */
    @Transactional
    public List<OpenEvaluation> open(String username) {
        return entityManager.createQuery("""
                        SELECT i FROM Invitation i
                        WHERE i.enrolment.trainee = :trainee
                        AND NOT EXISTS (SELECT p FROM Participation p WHERE p.invitationId = i.id)
                        ORDER BY i.survey.cohort.endsOn DESC, i.id DESC""", Invitation.class)
                .setParameter("trainee", trainee(username))
                .getResultStream()
                .map(i -> {
                    Cohort cohort = i.getSurvey().getCohort();
                    return new OpenEvaluation(i.getId(), cohort.getCode(), cohort.getCourse().getTitleArabic(),
                            cohort.getCourse().getTitleEnglish(), cohort.getEndsOn());
                })
                .toList();
    }

    /** The caller's evaluation form (404 when it is not theirs). */
    @Transactional
    public EvaluationForm form(String username, long invitationId) {
        Invitation invitation = own(username, invitationId, LockModeType.NONE);
        Survey survey = invitation.getSurvey();
        Cohort cohort = survey.getCohort();
        List<EvaluationForm.Item> items = survey.getQuestionSet().getQuestions().stream()
                .map(q -> new EvaluationForm.Item(q.getId(), q.getSortOrder(), q.getTopic(), q.getTextArabic(), q.getTextEnglish()))
                .toList();
        return new EvaluationForm(invitation.getId(), cohort.getCode(), cohort.getCourse().getTitleArabic(),
                cohort.getCourse().getTitleEnglish(), cohort.getEndsOn(), survey.isAnonymous(), answered(invitation),
                survey.getQuestionSet().getVersionNumber(), items);
    }

    /**
     * Stores the caller's answers (question id to score 1–5, and a comment). Refused field by field when a question
     * is unanswered or off the scale or the comment too long; {@link AlreadyAnsweredException} when the evaluation
     * was answered before, whose answers stand unchanged.
     */
    @Transactional
    public void answer(String username, long invitationId, Map<Long, Integer> scores, String comment) {
        Invitation invitation = own(username, invitationId, LockModeType.PESSIMISTIC_WRITE);
        Survey survey = invitation.getSurvey();
        if (answered(invitation)) {
            throw new AlreadyAnsweredException(survey.getCohort().getCode());
        }
        Answers answers = Answers.check(survey.getQuestionSet().getQuestions(), scores, comment);
        entityManager.persist(new Participation(invitation.getId()));
        entityManager.persist(new Response(survey, invitation.getEnrolment(), answers));
        entityManager.flush();
    }

    private boolean answered(Invitation invitation) {
        return entityManager.find(Participation.class, invitation.getId()) != null;
    }

    private Invitation own(String username, long invitationId, LockModeType lock) {
        Person trainee = trainee(username);
        Invitation invitation = entityManager.find(Invitation.class, invitationId, lock);
        if (invitation == null || !invitation.getEnrolment().getTrainee().equals(trainee)) {
            throw new EvaluationNotFoundException();
        }
        return invitation;
    }

    private Person trainee(String username) {
        return accounts.findByUsername(username).orElseThrow(AccessDeniedException::new).getPerson();
    }
}
