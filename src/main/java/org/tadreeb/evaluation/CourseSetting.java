package org.tadreeb.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Whether a course's evaluations are anonymous. A course without a row is anonymous: the centre names the trainee
 * behind an answer only where it chose to. The setting is copied into each survey when it opens, so changing it
 * never exposes answers already given anonymously.
 */
@Entity
@Table(name = "evaluation_course_setting")
public class CourseSetting {

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Column(nullable = false)
    private boolean anonymous;

    protected CourseSetting() {
    }

    public CourseSetting(Long courseId, boolean anonymous) {
        this.courseId = courseId;
        this.anonymous = anonymous;
    }

    public void makeAnonymous(boolean value) {
        this.anonymous = value;
    }

    public Long getCourseId() {
        return courseId;
    }

    public boolean isAnonymous() {
        return anonymous;
    }
}
