package org.tadreeb.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo's evaluations: the completed cohort's survey with its trainees invited and all but one of them answered,
 * so that an instructor and an administrator find results (and comments) to read. Called by the demo data loader.
 */
@ApplicationScoped
public class EvaluationDemo {

    /** Scores for the questions of the first version, in their order, and a comment (or null), per answer. */
    private static final List<Object[]> ANSWERS = List.of(
            new Object[] {new int[] {5, 4, 5, 5, 3, 4, 5, 5}, "التمارين العملية في الأحياء كانت أكثر ما استفدت منه، وأتمنى أن تكون أطول."},
            new Object[] {new int[] {4, 4, 5, 4, 2, 3, 4, 4}, "The hall was too warm in the afternoon sessions; more case studies from our own districts would help."},
            new Object[] {new int[] {4, 5, 4, 5, 3, 4, 5, 4}, null});

    @PersistenceContext
    EntityManager entityManager;

    @Inject
    EvaluationInvitations invitations;

    /** Opens the cohort's survey, invites its finished trainees and answers for all of them but the last. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerSome(String cohortCode) {
        invitations.invite(cohortCode);
        List<Invitation> invited = entityManager.createQuery("""
                        SELECT i FROM Invitation i
                        WHERE i.survey.cohort.code = :code
                        ORDER BY i.id""", Invitation.class)
                .setParameter("code", cohortCode)
                .getResultList();
        for (int i = 0; i < Math.min(ANSWERS.size(), invited.size() - 1); i++) {
            Invitation invitation = invited.get(i);
            List<Question> questions = invitation.getSurvey().getQuestionSet().getQuestions();
            int[] scores = (int[]) ANSWERS.get(i)[0];
            Map<Long, Integer> given = new HashMap<>();
            for (int q = 0; q < questions.size(); q++) {
                given.put(questions.get(q).getId(), scores[q % scores.length]);
            }
            Answers answers = Answers.check(questions, given, (String) ANSWERS.get(i)[1]);
            entityManager.persist(new Participation(invitation.getId()));
            entityManager.persist(new Response(invitation.getSurvey(), invitation.getEnrolment(), answers));
        }
    }
}
