package org.tadreeb.enrolment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tadreeb.cohort.CohortDirectory;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.enrolment.CohortMoves;
import org.tadreeb.enrolment.CohortRoster;
import org.tadreeb.enrolment.EnrolmentDecisions;
import org.tadreeb.enrolment.EnrolmentOutcome;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.enrolment.Nominations;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/cohorts/roster.xhtml?code=}: who is in a cohort (enrolled, the waiting lists in order,
 * requests awaiting approval, those who left or were declined); approving and declining one at a time or the
 * ticked ones; withdrawing and moving a trainee; enrolling (nominating) pasted service numbers, each with its own
 * answer; the seats reserved by kind of organisation. Each change returns to the page (a fresh roster) with a
 * message in the administrator's language.
 */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortDirectory directory;

    @Inject
    transient CohortRoster roster;

    @Inject
    transient CohortService cohortService;

    @Inject
    transient EnrolmentDecisions decisions;

    @Inject
    transient CohortMoves moves;

    @Inject
    transient Nominations nominations;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    private String code;
    private CohortView cohort;
    private List<CohortRoster.Entry> entries = List.of();
    private List<CohortRoster.Target> targets = List.of();
    private final Map<String, Boolean> picked = new HashMap<>();
    private List<String> declining = List.of();
    private String declineReason;
    private String moving;
    private String moveTarget;
    private String pasted;
    private List<Nominations.Result> results;
    private final Map<OrganisationType, Integer> quotas = new EnumMap<>(OrganisationType.class);
    private LocalDate releaseOn;
    private boolean openToNominations;
    private int seatLimit;

    /** Reads the cohort named by the {@code code} view parameter; an unknown code answers 404. */
    public void load() throws IOException {
        if (facesContext.isPostback()) {
            return;
        }
        Optional<CohortView> found = directory.view(code);
        if (found.isEmpty()) {
            facesContext.getExternalContext().responseSendError(404, "");
            facesContext.responseComplete();
            return;
        }
        cohort = found.get();
        code = cohort.code();
        refresh();
        CohortRoster.Seats seats = roster.seatsOf(code);
        quotas.clear();
        quotas.putAll(seats.quotas());
        releaseOn = seats.releaseOn();
        openToNominations = seats.openToNominations();
        seatLimit = seats.seatLimit();
    }

    private void refresh() {
        cohort = directory.view(code).orElse(cohort);
        entries = roster.of(code);
        targets = roster.moveTargets(code);
        picked.clear();
    }

    // ---- the roster's sections -------------------------------------------------------------------------------

    public List<CohortRoster.Entry> getEnrolled() {
        return only(EnrolmentStatus.ENROLLED, EnrolmentStatus.COMPLETED, EnrolmentStatus.FAILED);
    }

    public List<CohortRoster.Entry> getWaiting() {
        return only(EnrolmentStatus.WAITLISTED);
    }

    public List<CohortRoster.Entry> getRequests() {
        return only(EnrolmentStatus.REQUESTED);
    }

    public List<CohortRoster.Entry> getLeft() {
        return only(EnrolmentStatus.WITHDRAWN, EnrolmentStatus.DECLINED);
    }

    private List<CohortRoster.Entry> only(EnrolmentStatus... statuses) {
        List<EnrolmentStatus> wanted = List.of(statuses);
        return entries.stream().filter(e -> wanted.contains(e.status())).toList();
    }

    /** A seat pool's name: "General" or the kind of organisation whose quota it is. */
    public String poolName(String pool) {
        for (OrganisationType type : OrganisationType.values()) {
            if (type.name().equals(pool)) {
                return language.text(type.messageKey());
            }
        }
        return language.text("roster.pool.general");
    }

    // ---- decisions -------------------------------------------------------------------------------------------

    public String approve(String serviceNumber) {
        attempt(() -> told(decisions.approve(code, serviceNumber)));
        return again();
    }

    public String approvePicked() {
        List<String> numbers = pickedNumbers();
        if (numbers.isEmpty()) {
            feedback.problem("roster.error.noneTicked");
            return null;
        }
        for (String number : numbers) {
            attempt(() -> told(decisions.approve(code, number)));
        }
        return again();
    }

    public void startDecline(String serviceNumber) {
        declining = List.of(serviceNumber);
        declineReason = null;
    }

    public void startDeclinePicked() {
        declining = pickedNumbers();
        declineReason = null;
    }

    public String decline() {
        if (declining.isEmpty()) {
            feedback.problem("roster.error.noneTicked");
            return again();
        }
        for (String number : declining) {
            attempt(() -> {
                decisions.decline(code, number, declineReason);
                feedback.done("roster.declined", number);
            });
        }
        declining = List.of();
        return again();
    }

    public String withdraw(String serviceNumber) {
        attempt(() -> {
            decisions.withdrawByAdministrator(code, serviceNumber);
            feedback.done("roster.withdrawn", serviceNumber);
        });
        return again();
    }

    public void startMove(String serviceNumber) {
        moving = serviceNumber;
        moveTarget = targets.isEmpty() ? null : targets.get(0).code();
    }

    public String move() {
        attempt(() -> {
            EnrolmentOutcome outcome = moves.move(code, moving, moveTarget, administrator());
            feedback.done("roster.moved", moving, outcome.cohortCode(), describe(outcome));
        });
        return again();
    }

    // ---- nominations -----------------------------------------------------------------------------------------

    /** Enrols every pasted number; the answers stay on the page, beside a fresh roster. */
    public void nominate() {
        try {
            results = nominations.nominate(code, pasted, administrator(), language.get());
            long accepted = results.stream().filter(r -> !r.refused()).count();
            feedback.done("roster.nominate.done", accepted, results.size() - accepted);
            pasted = null;
        } catch (BusinessException refused) {
            feedback.problem(refused.messageKey(), refused.arguments());
        }
        refresh();
    }

    /** A nomination's answer in words: enrolled, waitlisted at place N, requested... */
    public String describe(EnrolmentOutcome outcome) {
        return outcome.status() == EnrolmentStatus.WAITLISTED
                ? language.text("enrolment.waitlistedAt", outcome.waitlistPosition())
                : language.text(outcome.status().messageKey());
    }

    // ---- seats -------------------------------------------------------------------------------------------------

    public String saveQuotas() {
        Map<OrganisationType, Integer> shares = new EnumMap<>(OrganisationType.class);
        quotas.forEach((type, seats) -> {
            if (seats != null && seats != 0) {
                shares.put(type, seats);
            }
        });
        try {
            cohortService.reserveSeats(code, shares, releaseOn);
            cohortService.acceptNominations(code, openToNominations);
            feedback.done("roster.quotas.saved", code);
            return again();
        } catch (RuntimeException failure) {
            BusinessException refusal = BusinessExceptions.find(failure);
            if (refusal == null) {
                throw failure;
            }
            feedback.problem(refusal.messageKey(), refusal.arguments());
            return null;
        }
    }

    public List<OrganisationType> getOrganisationTypes() {
        return List.of(OrganisationType.values());
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private void told(EnrolmentOutcome outcome) {
        feedback.done("roster.approved", outcome.serviceNumber(), describe(outcome));
    }

    /** Runs one change; a broken rule becomes a message and the next change still runs. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (RuntimeException failure) {
            BusinessException refusal = BusinessExceptions.find(failure);
            if (refusal == null) {
                throw failure;
            }
            feedback.problem(refusal.messageKey(), refusal.arguments());
        }
    }

    private List<String> pickedNumbers() {
        List<String> numbers = new ArrayList<>();
        getRequests().forEach(e -> {
            if (Boolean.TRUE.equals(picked.get(e.serviceNumber()))) {
                numbers.add(e.serviceNumber());
            }
        });
        return numbers;
    }

    private String again() {
        return "/admin/cohorts/roster?faces-redirect=true&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    private String administrator() {
        return security.getCallerPrincipal().getName();
    }

    // ---- properties ----------------------------------------------------------------------------------------------

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CohortView getCohort() {
        return cohort;
    }

    public List<CohortRoster.Target> getTargets() {
        return targets;
    }

    public Map<String, Boolean> getPicked() {
        return picked;
    }

    public List<String> getDeclining() {
        return declining;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public String getMoving() {
        return moving;
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public List<Nominations.Result> getResults() {
        return results;
    }

    public Map<OrganisationType, Integer> getQuotas() {
        return quotas;
    }

    public LocalDate getReleaseOn() {
        return releaseOn;
    }

    public void setReleaseOn(LocalDate releaseOn) {
        this.releaseOn = releaseOn;
    }

    public boolean isOpenToNominations() {
        return openToNominations;
    }

    public void setOpenToNominations(boolean openToNominations) {
        this.openToNominations = openToNominations;
    }

    public int getSeatLimit() {
        return seatLimit;
    }

    public int getMaxNumbers() {
        return Nominations.MAX_NUMBERS;
    }
}
