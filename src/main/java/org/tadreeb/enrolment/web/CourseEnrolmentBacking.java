package org.tadreeb.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tadreeb.enrolment.EnrolmentLookup;
import org.tadreeb.enrolment.EnrolmentOutcome;
import org.tadreeb.enrolment.EnrolmentRequests;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * The "Enrol" control of each upcoming cohort on the public course page: the signed-in trainee's place when they
 * hold one, else the button; the answer (enrolled, sent for approval, waiting at place N, or why not) is told in
 * the trainee's language after returning to the page. The button posts to {@code /trainee/enrol.xhtml}, which only
 * signed-in trainees reach (others sign in first and come back).
 */
@Named
@RequestScoped
public class CourseEnrolmentBacking {

    private static final Pattern COURSE_CODE = Pattern.compile("[A-Za-z0-9_-]{1,30}");

    @Inject
    EnrolmentRequests requests;

    @Inject
    EnrolmentLookup lookup;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext facesContext;

    @Inject
    Feedback feedback;

    @Inject
    CurrentLanguage language;

    private final Map<String, Optional<EnrolmentOutcome>> places = new HashMap<>();
    private String course;
    private String cohort;

    public boolean isTrainee() {
        return security.getCallerPrincipal() != null && security.isCallerInRole("TRAINEE");
    }

    /** The signed-in trainee's place in the cohort, if they ever asked for one. */
    public EnrolmentOutcome placeIn(String cohortCode) {
        if (!isTrainee()) {
            return null;
        }
        return places.computeIfAbsent(cohortCode, code -> {
            try {
                return lookup.statusOfSelf(code, security.getCallerPrincipal().getName());
            } catch (RuntimeException noRecord) {
                if (BusinessExceptions.find(noRecord) == null) {
                    throw noRecord;
                }
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Whether the trainee holds a place or waits for one (then the page shows it instead of the button). */
    public boolean holdsPlaceIn(String cohortCode) {
        EnrolmentOutcome place = placeIn(cohortCode);
        return place != null && place.status().isLive();
    }

    /** The trainee's place in words: "Enrolled", "On the waiting list at place 3", "Declined: reason"... */
    public String describe(EnrolmentOutcome place) {
        return switch (place.status()) {
            case WAITLISTED -> language.text("enrolment.waitlistedAt", place.waitlistPosition());
            case DECLINED -> place.reason() == null ? language.text(place.status().messageKey())
                    : language.text("enrolment.declinedBecause", place.reason());
            default -> language.text(place.status().messageKey());
        };
    }

    /**
     * {@code /trainee/enrol.xhtml}: a POST from the course page's button asks for a place in the cohort; any other
     * visit (the return from signing in) only goes back. Either way the trainee lands on the cohort on the course
     * page, told what happened. Only a same-site POST enrols: the session cookie is SameSite=Lax, and an Origin
     * from elsewhere is refused.
     */
    public void enrolAndReturn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        if ("POST".equals(request.getMethod()) && cohort != null && sameOrigin(request)) {
            enrol();
        }
        backToCourse(course, cohort);
    }

    private void enrol() {
        try {
            EnrolmentOutcome outcome = requests.requestForSelf(cohort, security.getCallerPrincipal().getName());
            switch (outcome.status()) {
                case ENROLLED -> feedback.done("enrolment.result.enrolled", outcome.cohortCode());
                case REQUESTED -> feedback.done("enrolment.result.requested", outcome.cohortCode());
                case WAITLISTED -> feedback.done("enrolment.result.waitlisted", outcome.cohortCode(), outcome.waitlistPosition());
                default -> feedback.done(outcome.status().messageKey());
            }
        } catch (RuntimeException failure) {
            BusinessException refusal = BusinessExceptions.find(failure);
            if (refusal == null) {
                throw failure;
            }
            feedback.problem(refusal.messageKey(), refusal.arguments());
        }
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        try {
            URI from = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(from.getHost())
                    && (from.getPort() == -1 ? defaultPort(from.getScheme()) : from.getPort()) == request.getServerPort();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }

    private void backToCourse(String courseCode, String cohortCode) throws IOException {
        var external = facesContext.getExternalContext();
        String target = external.getRequestContextPath() + (courseCode != null && COURSE_CODE.matcher(courseCode).matches()
                ? "/courses/" + URLEncoder.encode(courseCode, StandardCharsets.UTF_8) : "/catalogue");
        if (cohortCode != null && COURSE_CODE.matcher(cohortCode).matches()) {
            target += "#cohort-" + cohortCode;
        }
        external.redirect(target);
        facesContext.responseComplete();
    }

    public String getCohort() {
        return cohort;
    }

    public void setCohort(String cohort) {
        this.cohort = cohort;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}
