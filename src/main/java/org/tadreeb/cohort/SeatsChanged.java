package org.tadreeb.cohort;

/**
 * Fired inside the transaction that added seats to a cohort (a higher seat limit, fewer reserved seats), so that
 * the waiting list can move up before it commits.
 */
public record SeatsChanged(String cohortCode) {
}
