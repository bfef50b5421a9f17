package org.tadreeb.course.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tadreeb.course.QualificationService;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs the qualifications section of {@code /admin/people/person.xhtml}: which courses an instructor may teach,
 * and until when. The person page's other forms are {@code EditPersonBacking}'s.
 */
@Named
@ViewScoped
public class QualificationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QualificationService qualifications;

    @Inject
    transient Feedback feedback;

    private String number;
    private List<QualificationService.QualificationView> qualificationList;
    private String qualificationCourse;
    private LocalDate qualificationExpiresOn;

    public String qualify() {
        qualifications.qualify(number, qualificationCourse, qualificationExpiresOn);
        feedback.done("qualification.saved", qualificationCourse);
        return reopen();
    }

    public String withdrawQualification(String courseCode) {
        qualifications.withdraw(number, courseCode);
        feedback.done("qualification.withdrawn", courseCode);
        return reopen();
    }

    private String reopen() {
        return "/admin/people/person.xhtml?faces-redirect=true&number=" + number;
    }

    public List<QualificationService.QualificationView> getQualifications() {
        if (qualificationList == null) {
            qualificationList = number == null || number.isBlank() ? List.of() : qualifications.qualificationsOf(number);
        }
        return qualificationList;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getQualificationCourse() {
        return qualificationCourse;
    }

    public void setQualificationCourse(String qualificationCourse) {
        this.qualificationCourse = qualificationCourse;
    }

    public LocalDate getQualificationExpiresOn() {
        return qualificationExpiresOn;
    }

    public void setQualificationExpiresOn(LocalDate qualificationExpiresOn) {
        this.qualificationExpiresOn = qualificationExpiresOn;
    }
}
