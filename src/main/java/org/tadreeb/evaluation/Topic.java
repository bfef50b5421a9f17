package org.tadreeb.evaluation;

/** What a question asks about; results are grouped by it. */
public enum Topic {
    CONTENT, INSTRUCTORS, VENUE, USEFULNESS;

    public String messageKey() {
        return "evaluation.topic." + name();
    }
}
