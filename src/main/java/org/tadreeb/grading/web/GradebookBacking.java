package org.tadreeb.grading.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.grading.Gradebook;
import org.tadreeb.grading.GradebookService;
import org.tadreeb.grading.Points;
import org.tadreeb.grading.ScoreEntry;
import org.tadreeb.grading.ScoreImport;
import org.tadreeb.grading.ScoreImportPreview;
import org.tadreeb.grading.ScoreProblem;
import org.tadreeb.grading.ScoresRefusedException;
import org.tadreeb.people.imports.Table;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /instructor/gradebook.xhtml?code=}: the cohort's instructors enter scores in place and save them all
 * at once (with a reason once the results are published), publish the results, and import scores from a file after
 * a preview. The gradebook is read afresh on each request; only what was typed and the file's rows stay in the view.
 */
@Named
@ViewScoped
public class GradebookBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient GradebookService gradebooks;

    @Inject
    transient ScoreImport scoreImport;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    private String code;
    private transient Gradebook gradebook;
    private final Map<String, String> entries = new HashMap<>();
    private String reason;
    private transient Part file;
    private Table table;
    private ScoreImportPreview preview;

    /** Reads the gradebook named by the view parameter: 403 for a cohort the instructor does not teach. */
    public void load() {
        if (facesContext.isPostback()) {
            return;
        }
        gradebook = GradebookPage.guarded(facesContext, () -> gradebooks.read(caller(), code));
        if (gradebook != null) {
            code = gradebook.cohortCode();
            entries.clear();
            for (Gradebook.Row row : gradebook.rows()) {
                for (Gradebook.Component component : gradebook.components()) {
                    entries.put(key(row, component), Points.format(row.pointsAt(component.position() - 1)));
                }
            }
        }
    }

    public Gradebook getGradebook() {
        if (gradebook == null && code != null) {
            gradebook = GradebookPage.guarded(facesContext, () -> gradebooks.read(caller(), code));
        }
        return gradebook;
    }

    public String key(Gradebook.Row row, Gradebook.Component component) {
        return row.serviceNumber() + "|" + component.id();
    }

    /** Saves every score of the table at once; nothing at all when any is refused (each refusal is listed). */
    public String save() {
        if (getGradebook() == null) {
            return null;
        }
        List<ScoreEntry> typed = new ArrayList<>();
        for (Gradebook.Row row : gradebook.rows()) {
            for (Gradebook.Component component : gradebook.components()) {
                typed.add(new ScoreEntry(row.serviceNumber(), component.id(), entries.get(key(row, component))));
            }
        }
        Integer changed = attempt(() -> gradebooks.record(caller(), code, typed, reason));
        if (changed == null) {
            return null;
        }
        feedback.done(changed == 0 ? "gradebook.saved.nothing" : "gradebook.saved", changed);
        return again();
    }

    public String publish() {
        Boolean published = attempt(() -> gradebooks.publish(caller(), code));
        if (published == null) {
            return null;
        }
        feedback.done("gradebook.published", code);
        return again();
    }

    /** Reads the file and previews it; a file refused as a whole says why and changes nothing. */
    public void upload() {
        preview = null;
        table = null;
        if (file == null || file.getSize() == 0) {
            error(language.text("import.fileRequired"));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            Table read = attempt(() -> scoreImport.read(content, file.getSubmittedFileName(), file.getContentType()));
            if (read != null) {
                preview = attempt(() -> scoreImport.preview(caller(), code, read));
                table = preview == null ? null : read;
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public String confirmImport() {
        if (table == null || preview == null || !preview.canImport()) {
            return null;
        }
        Table confirmed = table;
        Integer changed = attempt(() -> scoreImport.importScores(caller(), code, confirmed, reason));
        if (changed == null) {
            return null;
        }
        feedback.done("gradebook.import.done", changed);
        return again();
    }

    public void cancelImport() {
        table = null;
        preview = null;
    }

    public String problem(ScoreProblem problem) {
        return problem.message(language.get());
    }

    public double getMaxMegabytes() {
        return scoreImport.maxBytes() / (1024.0 * 1024.0);
    }

    /** The call's answer; null after a refusal, which is shown on the page (or answered 403/404). */
    private <T> T attempt(java.util.function.Supplier<T> call) {
        try {
            return GradebookPage.guarded(facesContext, call);
        } catch (RuntimeException failure) {
            // Not the handler: refused scores list every problem, and 403/404 answer the error pages (GradebookPage).
            BusinessException refused = BusinessExceptions.find(failure);
            if (refused instanceof ScoresRefusedException scores) {
                error(language.text("gradebook.error.scoresRefused", scores.problems().size()));
                scores.problems().forEach(problem -> error(problem.message(language.get())));
            } else if (refused != null) {
                error(language.text(refused.messageKey(), refused.arguments()));
            } else {
                throw failure;
            }
        }
        return null;
    }

    private void error(String text) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    private String again() {
        return "/instructor/gradebook?faces-redirect=true&code=" + code;
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Map<String, String> getEntries() {
        return entries;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ScoreImportPreview getPreview() {
        return preview;
    }
}
