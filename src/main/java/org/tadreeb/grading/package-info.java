/**
 * Attendance, grades and results: what the instructors record for the cohorts they teach (and only those, as
 * {@link org.tadreeb.grading.GradingAccess} decides), the rule that turns scores and attendance into a result
 * ({@link org.tadreeb.grading.ResultRule}), publishing results to the trainees, and finishing enrolments when a
 * cohort is completed ({@link org.tadreeb.grading.GradebookService}).
 */
package org.tadreeb.grading;
