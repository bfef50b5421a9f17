package org.tadreeb.grading;

/**
 * One score as someone entered it, before any rule is checked: the trainee's service number, the component's id and
 * the points as typed (see {@link Points}; blank clears the score). The same for the page, the API and a file.
 */
public record ScoreEntry(String serviceNumber, Long componentId, String points) {
}
