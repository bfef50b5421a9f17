package org.tadreeb.evaluation.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;
import org.tadreeb.evaluation.QuestionDraft;
import org.tadreeb.evaluation.QuestionSet;
import org.tadreeb.evaluation.QuestionSets;
import org.tadreeb.evaluation.Topic;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/evaluation.xhtml}: the current questions to edit (adding, removing and moving them changes
 * nothing until "Publish as a new version"), the versions published so far, and which courses are evaluated by name.
 */
@Named
@ViewScoped
public class EvaluationQuestionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionSets questionSets;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Feedback feedback;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient CurrentLanguage language;

    private List<Row> rows;
    private int currentVersion;
    private String courseCode;
    private boolean named;

    /** One question being edited. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private Topic topic;
        private String textArabic;
        private String textEnglish;

        Row(Topic topic, String textArabic, String textEnglish) {
            this.topic = topic;
            this.textArabic = textArabic;
            this.textEnglish = textEnglish;
        }

        public Topic getTopic() {
            return topic;
        }

        public void setTopic(Topic topic) {
            this.topic = topic;
        }

        public String getTextArabic() {
            return textArabic;
        }

        public void setTextArabic(String textArabic) {
            this.textArabic = textArabic;
        }

        public String getTextEnglish() {
            return textEnglish;
        }

        public void setTextEnglish(String textEnglish) {
            this.textEnglish = textEnglish;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            QuestionSet current = questionSets.current();
            currentVersion = current.getVersionNumber();
            rows = new ArrayList<>();
            current.getQuestions().forEach(q -> rows.add(new Row(q.getTopic(), q.getTextArabic(), q.getTextEnglish())));
        }
        return rows;
    }

    public int getCurrentVersion() {
        getRows();
        return currentVersion;
    }

    public Topic[] getTopics() {
        return Topic.values();
    }

    public void add() {
        getRows().add(new Row(Topic.CONTENT, "", ""));
    }

    public void remove(int index) {
        getRows().remove(index);
    }

    public void moveUp(int index) {
        if (index > 0) {
            getRows().add(index - 1, getRows().remove(index));
        }
    }

    /**
     * Publishes the edited questions as the next version. A refusal names each question at fault beside its field
     * ({@code questions[2].textArabic} is {@code questions:rows:2:textArabic}); the edits stay.
     */
    public String publish() {
        List<QuestionDraft> drafts = getRows().stream()
                .map(r -> new QuestionDraft(r.getTopic(), r.getTextArabic(), r.getTextEnglish())).toList();
        int version;
        try {
            version = questionSets.publish(caller(), drafts);
        } catch (RuntimeException refused) {
            // Not the handler: a field is an indexed path (questions[2].textArabic) that names a table row, not a component id.
            if (!(BusinessExceptions.find(refused) instanceof InvalidInputException invalid)) {
                throw refused;
            }
            for (FieldError error : invalid.errors()) {
                String text = language.text(error.messageKey(), error.arguments().toArray());
                String clientId = error.field().startsWith("questions[")
                        ? error.field().replaceFirst("^questions\\[(\\d+)\\]\\.", "questions:rows:$1:") : null;
                facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            }
            String summary = language.text(invalid.messageKey(), invalid.arguments());
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, summary));
            facesContext.validationFailed();
            return null;
        }
        feedback.done("evaluation.questions.published", version);
        return "/admin/evaluation?faces-redirect=true";
    }

    public List<QuestionSets.Version> getVersions() {
        return questionSets.versions();
    }

    public List<String> getNamedCourses() {
        return questionSets.namedCourses();
    }

    public List<CourseView> getCourses() {
        return catalogue.all(false);
    }

    /** Saves whether the chosen course's future evaluations are anonymous. */
    public String saveAnonymity() {
        questionSets.setAnonymous(caller(), courseCode, !named);
        feedback.done(named ? "evaluation.anonymity.named" : "evaluation.anonymity.anonymous", courseCode);
        return "/admin/evaluation?faces-redirect=true";
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public boolean isNamed() {
        return named;
    }

    public void setNamed(boolean named) {
        this.named = named;
    }
}
