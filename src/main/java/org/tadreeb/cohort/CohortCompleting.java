package org.tadreeb.cohort;

/**
 * Fired inside the transaction that completes a cohort, after the cohort accepted the step, so that the trainees'
 * enrolments can be finished by their results before it commits; an observer that refuses rolls the completion back.
 */
public record CohortCompleting(String cohortCode) {
}
