package org.tadreeb.course;

/** How a course is delivered: in a training hall, remotely, or both. */
public enum DeliveryMode {
    IN_PERSON, REMOTE, BLENDED;

    public String messageKey() {
        return "course.mode." + name();
    }
}
