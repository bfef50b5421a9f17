package org.tadreeb.course.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tadreeb.course.AssessmentScheme;
import org.tadreeb.course.Course;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseDetails;
import org.tadreeb.course.CourseService;
import org.tadreeb.course.CourseView;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.course.ExcusedAbsences;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/courses/course.xhtml}: creates a course (no {@code code}) or edits one, with the
 * assessment scheme editor (rows added and removed, the weights' total shown as they are typed) and the
 * prerequisites; archives and restores it.
 */
@Named
@ViewScoped
public class EditCourseBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient CourseService courses;

    @Inject
    transient Feedback feedback;

    @Inject
    transient FacesContext facesContext;

    private String code;
    private boolean existing;
    private boolean archived;
    private String newCode;
    private String titleArabic;
    private String titleEnglish;
    private String summaryArabic;
    private String summaryEnglish;
    private String objectivesArabic;
    private String objectivesEnglish;
    private String category;
    private DeliveryMode deliveryMode = DeliveryMode.IN_PERSON;
    private Integer contactHours;
    private Integer minimumAttendance = 80;
    private ExcusedAbsences excusedAbsences = ExcusedAbsences.LEFT_OUT;
    private Integer certificateMonths;
    private Integer defaultSeats = 25;
    private Integer passMark = 60;
    private List<ComponentRow> components = new ArrayList<>(List.of(new ComponentRow()));
    private List<String> prerequisites = new ArrayList<>();
    private List<CourseView.Prerequisite> choices = List.of();

    /** One row of the scheme editor. */
    public static class ComponentRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String nameArabic;
        private String nameEnglish;
        private Integer maxScore = 100;
        private Integer weight;

        public String getNameArabic() {
            return nameArabic;
        }

        public void setNameArabic(String nameArabic) {
            this.nameArabic = nameArabic;
        }

        public String getNameEnglish() {
            return nameEnglish;
        }

        public void setNameEnglish(String nameEnglish) {
            this.nameEnglish = nameEnglish;
        }

        public Integer getMaxScore() {
            return maxScore;
        }

        public void setMaxScore(Integer maxScore) {
            this.maxScore = maxScore;
        }

        public Integer getWeight() {
            return weight;
        }

        public void setWeight(Integer weight) {
            this.weight = weight;
        }
    }

    /** Reads the course named by the {@code code} view parameter; a wrong code answers 404. */
    public void load() throws IOException {
        if (!facesContext.isPostback()) {
            choices = catalogue.all(false).stream()
                    .map(c -> new CourseView.Prerequisite(c.code(), c.titleArabic(), c.titleEnglish())).toList();
        }
        if (code == null || code.isBlank() || existing) {
            return;
        }
        Optional<CourseView> found = catalogue.view(code);
        if (found.isEmpty()) {
            facesContext.getExternalContext().responseSendError(404, "");
            facesContext.responseComplete();
            return;
        }
        show(found.get());
    }

    private void show(CourseView course) {
        existing = true;
        code = course.code();
        newCode = course.code();
        archived = course.archived();
        titleArabic = course.titleArabic();
        titleEnglish = course.titleEnglish();
        summaryArabic = course.summaryArabic();
        summaryEnglish = course.summaryEnglish();
        objectivesArabic = course.objectivesArabic();
        objectivesEnglish = course.objectivesEnglish();
        category = course.categoryCode();
        deliveryMode = course.deliveryMode();
        contactHours = course.contactHours();
        minimumAttendance = course.minimumAttendance();
        excusedAbsences = course.excusedAbsences();
        certificateMonths = course.certificateMonths();
        defaultSeats = course.defaultSeats();
        passMark = course.scheme().passMark();
        components = new ArrayList<>();
        for (AssessmentScheme.Component component : course.components()) {
            ComponentRow row = new ComponentRow();
            row.nameArabic = component.nameArabic();
            row.nameEnglish = component.nameEnglish();
            row.maxScore = component.maxScore();
            row.weight = component.weight();
            components.add(row);
        }
        prerequisites = new ArrayList<>(course.prerequisites().stream().map(CourseView.Prerequisite::code).toList());
        choices = choices.stream().filter(c -> !c.code().equals(course.code())).toList();
    }

    public String save() {
        AssessmentScheme scheme = new AssessmentScheme(components.stream()
                .map(r -> new AssessmentScheme.Component(r.nameArabic, r.nameEnglish, r.maxScore, r.weight)).toList(),
                passMark);
        CourseDetails details = new CourseDetails(existing ? code : newCode, titleArabic, titleEnglish, summaryArabic,
                summaryEnglish, objectivesArabic, objectivesEnglish, category, deliveryMode, contactHours,
                minimumAttendance, excusedAbsences, certificateMonths, defaultSeats, scheme, prerequisites);
        Course saved = existing ? courses.update(code, details) : courses.create(details);
        feedback.done(existing ? "course.saved" : "course.created", saved.getCode());
        return reopen(saved.getCode());
    }

    public void addComponent() {
        if (components.size() < AssessmentScheme.MAX_COMPONENTS) {
            components.add(new ComponentRow());
        }
    }

    public void removeComponent(int index) {
        if (index >= 0 && index < components.size() && components.size() > 1) {
            components.remove(index);
        }
    }

    public int getWeightTotal() {
        return components.stream().mapToInt(r -> r.weight == null ? 0 : r.weight).sum();
    }

    public boolean isWeightTotalRight() {
        return getWeightTotal() == AssessmentScheme.TOTAL_WEIGHT;
    }

    public String archive() {
        courses.archive(code);
        feedback.done("course.archivedNotice", code);
        return reopen(code);
    }

    public String restore() {
        courses.restore(code);
        feedback.done("course.restoredNotice", code);
        return reopen(code);
    }

    private static String reopen(String code) {
        return "/admin/courses/course.xhtml?faces-redirect=true&code=" + code;
    }

    public DeliveryMode[] getModes() {
        return DeliveryMode.values();
    }

    public List<CourseView.Prerequisite> getChoices() {
        return choices;
    }

    public List<ComponentRow> getComponents() {
        return components;
    }

    public boolean isExisting() {
        return existing;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getTitleArabic() {
        return titleArabic;
    }

    public void setTitleArabic(String titleArabic) {
        this.titleArabic = titleArabic;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public String getSummaryArabic() {
        return summaryArabic;
    }

    public void setSummaryArabic(String summaryArabic) {
        this.summaryArabic = summaryArabic;
    }

    public String getSummaryEnglish() {
        return summaryEnglish;
    }

    public void setSummaryEnglish(String summaryEnglish) {
        this.summaryEnglish = summaryEnglish;
    }

    public String getObjectivesArabic() {
        return objectivesArabic;
    }

    public void setObjectivesArabic(String objectivesArabic) {
        this.objectivesArabic = objectivesArabic;
    }

    public String getObjectivesEnglish() {
        return objectivesEnglish;
    }

    public void setObjectivesEnglish(String objectivesEnglish) {
        this.objectivesEnglish = objectivesEnglish;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    public void setDeliveryMode(DeliveryMode deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    public Integer getContactHours() {
        return contactHours;
    }

    public void setContactHours(Integer contactHours) {
        this.contactHours = contactHours;
    }

    public ExcusedAbsences[] getExcusedAbsenceRules() {
        return ExcusedAbsences.values();
    }

    public ExcusedAbsences getExcusedAbsences() {
        return excusedAbsences;
    }

    public void setExcusedAbsences(ExcusedAbsences excusedAbsences) {
        this.excusedAbsences = excusedAbsences;
    }

    public Integer getMinimumAttendance() {
        return minimumAttendance;
    }

    public void setMinimumAttendance(Integer minimumAttendance) {
        this.minimumAttendance = minimumAttendance;
    }

    public Integer getCertificateMonths() {
        return certificateMonths;
    }

    public void setCertificateMonths(Integer certificateMonths) {
        this.certificateMonths = certificateMonths;
    }

    public Integer getDefaultSeats() {
        return defaultSeats;
    }

    public void setDefaultSeats(Integer defaultSeats) {
        this.defaultSeats = defaultSeats;
    }

    public Integer getPassMark() {
        return passMark;
    }

    public void setPassMark(Integer passMark) {
        this.passMark = passMark;
    }

    public List<String> getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(List<String> prerequisites) {
        this.prerequisites = prerequisites;
    }
}
