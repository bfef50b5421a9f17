package org.tadreeb.enrolment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tadreeb.cohort.CohortSummary;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.enrolment.Nominations;
import org.tadreeb.enrolment.PartnerTraining;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.platform.web.Formats;

/**
 * Backs the partner coordinator's pages: {@code /coordinator/} lists how their organisation's people stand in
 * training; {@code /coordinator/nominate.xhtml} nominates some of them (ticked or pasted) into a cohort that takes
 * nominations, each with its own answer. The centre approves nominations on the cohort's roster.
 */
@Named
@ViewScoped
public class PartnerBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PartnerTraining partners;

    @Inject
    transient Nominations nominations;

    @Inject
    transient SecurityContext security;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient Formats formats;

    private List<PartnerTraining.MemberEnrolment> training;
    private List<CohortSummary> cohorts;
    private List<PartnerTraining.Member> people;
    private String cohortCode;
    private List<String> ticked = new ArrayList<>();
    private String pasted;
    private List<Nominations.Result> results;

    public List<PartnerTraining.MemberEnrolment> getTraining() {
        if (training == null) {
            training = partners.trainingOf(coordinator());
        }
        return training;
    }

    public List<CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = partners.cohortsOpenToNominations();
        }
        return cohorts;
    }

    public List<PartnerTraining.Member> getPeople() {
        if (people == null) {
            people = partners.peopleOf(coordinator());
        }
        return people;
    }

    /** The organisation's name in the reader's language, for the headings. */
    public String getOrganisationName() {
        return partners.organisationOf(coordinator()).name(language.getLocale());
    }

    /** A cohort as the choice list names it: code, course, dates and seats still free. */
    public String cohortLabel(CohortSummary cohort) {
        Locale locale = language.getLocale();
        return language.text("partner.cohortChoice", cohort.code(), cohort.courseTitle(locale),
                formats.date(cohort.startsOn()), formats.date(cohort.endsOn()),
                Math.max(0, cohort.seatLimit() - cohort.enrolled()));
    }

    /** Nominates the ticked and the pasted numbers; the answers stay on the page. */
    public void nominate() {
        if (cohortCode == null || cohortCode.isBlank()) {
            feedback.problem("partner.error.chooseCohort");
            return;
        }
        List<String> numbers = new ArrayList<>(ticked);
        if (pasted != null) {
            numbers.add(pasted);
        }
        try {
            results = nominations.nominateForOrganisation(cohortCode, String.join("\n", numbers), coordinator(),
                    language.get());
            long accepted = results.stream().filter(r -> !r.refused()).count();
            feedback.done("partner.nominated", accepted, results.size() - accepted, cohortCode);
            ticked = new ArrayList<>();
            pasted = null;
            training = null;
        } catch (BusinessException refused) {
            feedback.problem(refused.messageKey(), refused.arguments());
        }
    }

    /** A status in words, with the place on the waiting list when there is one. */
    public String describe(EnrolmentStatus status, Integer waitlistPosition) {
        return status == EnrolmentStatus.WAITLISTED && waitlistPosition != null
                ? language.text("enrolment.waitlistedAt", waitlistPosition)
                : language.text(status.messageKey());
    }

    private String coordinator() {
        return security.getCallerPrincipal().getName();
    }

    public String getCohortCode() {
        return cohortCode;
    }

    public void setCohortCode(String cohortCode) {
        this.cohortCode = cohortCode;
    }

    public List<String> getTicked() {
        return ticked;
    }

    public void setTicked(List<String> ticked) {
        this.ticked = ticked == null ? new ArrayList<>() : new ArrayList<>(ticked);
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
}
