package org.tadreeb.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.tadreeb.people.Person;

/** That an instructor may teach a course, until an optional expiry date. Cohort planning checks it. */
@Entity
@Table(name = "instructor_qualification")
public class InstructorQualification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person instructor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    protected InstructorQualification() {
    }

    public InstructorQualification(Person instructor, Course course, LocalDate expiresOn) {
        this.instructor = instructor;
        this.course = course;
        this.expiresOn = expiresOn;
    }

    public boolean isValidOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }

    public void extendUntil(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Long getId() {
        return id;
    }

    public Person getInstructor() {
        return instructor;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }
}
