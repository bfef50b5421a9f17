/**
 * Evaluation surveys: the trainees' judgement of a finished cohort. Administrators keep the question set, in
 * immutable versions ({@link org.tadreeb.evaluation.QuestionSet}); completing a cohort opens its
 * {@link org.tadreeb.evaluation.Survey} and invites each finished trainee ({@link org.tadreeb.evaluation.Invitation},
 * by page and mail); a trainee answers once ({@link org.tadreeb.evaluation.EvaluationService}), and, when the survey
 * is anonymous, the stored {@link org.tadreeb.evaluation.Response} holds nothing that leads back to them. Instructors
 * and administrators read aggregates only ({@link org.tadreeb.evaluation.EvaluationResults}).
 */
package org.tadreeb.evaluation;
