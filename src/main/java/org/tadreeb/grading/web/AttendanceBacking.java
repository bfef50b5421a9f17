package org.tadreeb.grading.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tadreeb.grading.AttendanceMark;
import org.tadreeb.grading.AttendanceService;
import org.tadreeb.grading.AttendanceSheet;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.FieldError;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /instructor/attendance.xhtml?code=&meeting=}: one meeting's roster with a mark and a note per
 * trainee, everyone present until the instructor says otherwise, saved in one go. A cohort the caller does not
 * teach answers 403 and an unknown cohort or meeting 404, whether the parameters came with the page or with the
 * form; a refused line stays on the page with its message beside it.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AttendanceService attendance;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    private String code;
    private String meeting;
    private AttendanceSheet sheet;
    private List<Row> rows = List.of();

    /** A trainee's line of the form: the mark and note being edited, and what was wrong with them. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AttendanceSheet.Line line;
        private AttendanceMark mark;
        private String note;
        private String error;

        Row(AttendanceSheet.Line line) {
            this.line = line;
            this.mark = line.mark() == null ? AttendanceMark.PRESENT : line.mark();
            this.note = line.note();
        }

        public AttendanceSheet.Line getLine() {
            return line;
        }

        public AttendanceMark getMark() {
            return mark;
        }

        public void setMark(AttendanceMark mark) {
            this.mark = mark;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getError() {
            return error;
        }
    }

    public void load() throws IOException {
        if (!facesContext.isPostback()) {
            read();
        }
    }

    private void read() throws IOException {
        try {
            sheet = attendance.sheet(caller(), code, meetingId());
        } catch (RuntimeException failure) {
            // Not the handler: another's or an unknown meeting answers the 403 or 404 page.
            refuse(failure);
            return;
        }
        code = sheet.cohortCode();
        meeting = String.valueOf(sheet.meeting().id());
        rows = sheet.lines().stream().map(Row::new).toList();
    }

    public String save() throws IOException {
        rows.forEach(row -> row.error = null);
        int changed;
        try {
            changed = attendance.record(caller(), code, meetingId(), rows.stream()
                    .map(r -> new AttendanceService.Entry(r.line.serviceNumber(), r.mark, r.note)).toList());
        } catch (RuntimeException failure) {
            // Not the handler: each trainee's rule shows in their row of the sheet, under the page's own summary.
            if (BusinessExceptions.find(failure) instanceof InvalidInputException invalid) {
                for (FieldError error : invalid.errors()) {
                    String text = language.text(error.messageKey(), error.arguments().toArray());
                    rows.stream().filter(r -> r.line.serviceNumber().equals(error.field()))
                            .forEach(r -> r.error = text);
                }
                String text = language.text("attendance.error.notSaved", invalid.errors().size());
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                facesContext.validationFailed();
                return null;
            }
            refuse(failure);
            return null;
        }
        feedback.done(changed == 0 ? "attendance.unchanged" : "attendance.saved", changed);
        return "/instructor/attendance.xhtml?faces-redirect=true&code=" + code + "&meeting=" + meeting;
    }

    /** Another's cohort answers 403 and an unknown one 404; any other broken rule goes to the page's messages. */
    private void refuse(RuntimeException failure) throws IOException {
        BusinessException business = BusinessExceptions.find(failure);
        if (business == null || (business.httpStatus() != 403 && business.httpStatus() != 404)) {
            throw failure;
        }
        sheet = null;
        rows = List.of();
        facesContext.getExternalContext().responseSendError(business.httpStatus(), "");
        facesContext.responseComplete();
    }

    /** The meeting's id; anything but a number names no meeting (404). */
    private long meetingId() {
        try {
            return meeting == null ? -1 : Long.parseLong(meeting.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private String caller() {
        return security.getCallerPrincipal().getName();
    }

    public AttendanceMark[] getMarks() {
        return AttendanceMark.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getMeeting() {
        return meeting;
    }

    public void setMeeting(String meeting) {
        this.meeting = meeting;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public List<Row> getRows() {
        return rows;
    }
}
