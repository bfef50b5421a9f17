package org.tadreeb.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tadreeb.certificates.ComplianceFilter;
import org.tadreeb.certificates.ComplianceReport;
import org.tadreeb.certificates.ComplianceRow;
import org.tadreeb.certificates.Recertification;
import org.tadreeb.enrolment.EnrolmentOutcome;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.BusinessExceptions;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.CurrentLanguage;
import org.tadreeb.platform.i18n.MessageKey;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/compliance.xhtml}: holders whose certificates have expired or expire within N days, filtered
 * by course, organisation and governorate (kept in the address, so the export and a nomination come back to the
 * same list), paged in the database; one-click nomination into the course's next cohort.
 */
@Named
@ViewScoped
public class ComplianceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ComplianceReport report;

    @Inject
    transient Recertification recertification;

    @Inject
    transient SecurityContext security;

    @Inject
    transient FacesContext facesContext;

    @Inject
    transient Feedback feedback;

    @Inject
    transient CurrentLanguage language;

    @Inject
    transient CentreClock clock;

    private Integer withinDays = ComplianceFilter.DEFAULT_DAYS;
    private String courseCode;
    private String organisationCode;
    private String governorateCode;
    private ComplianceFilter filter = ComplianceFilter.of(null, null, null, null);
    private LocalDate today;
    private final Map<String, Recertification.NextCohort> nextCohorts = new LinkedHashMap<>();
    private LazyDataModel<ComplianceRow> rows;

    @PostConstruct
    void init() {
        today = clock.today();
        rows = new CompliancePages();
    }

    /** The list as the address asks; a number out of range says so and lists nothing. */
    public void load() {
        if (facesContext.isPostback()) {
            return;
        }
        try {
            filter = ComplianceFilter.of(withinDays, courseCode, organisationCode, governorateCode);
        } catch (InvalidInputException invalid) {
            // Not the handler: a filter from the address names its first rule at the top and lists nothing (no form was sent).
            filter = null;
            feedback.problem(invalid.errors().get(0).messageKey(), invalid.errors().get(0).arguments().toArray());
            facesContext.getExternalContext().getFlash().setKeepMessages(false);
        }
    }

    /** Applies the filters (checked first: a wrong number is shown beside its field) and shows their first page. */
    public String search() {
        ComplianceFilter.of(withinDays, courseCode, organisationCode, governorateCode);
        return again();
    }

    /** Nominates the holder of the certificate into the next cohort of its course and says how it went. */
    public String nominate(String number, String holder) {
        try {
            Recertification.Nomination nomination = recertification.nominate(number, security.getCallerPrincipal().getName());
            EnrolmentOutcome outcome = nomination.outcome();
            MessageKey status = new MessageKey(outcome.status().messageKey());
            if (!outcome.changed()) {
                feedback.done("expiry.nominated.already", holder, nomination.cohort().code(), status);
            } else if (outcome.waitlistPosition() != null) {
                feedback.done("expiry.nominated.waitlisted", holder, nomination.cohort().code(), outcome.waitlistPosition());
            } else {
                feedback.done("expiry.nominated", holder, nomination.cohort().code(), status);
            }
        } catch (RuntimeException refused) {
            // Not the handler: the refusal is told naming the holder, and the page redirects back to the list it came from.
            BusinessException rule = BusinessExceptions.find(refused);
            if (rule == null) {
                throw refused;
            }
            feedback.problem("expiry.nominated.refused", holder, language.text(rule.messageKey(), rule.arguments()));
        }
        return again();
    }

    private String again() {
        return "/admin/compliance?faces-redirect=true&" + getQuery();
    }

    /** The filters as a query string (for the export link and for coming back). */
    public String getQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("withinDays", withinDays == null ? "" : withinDays.toString());
        parameters.put("course", courseCode);
        parameters.put("organisation", organisationCode);
        parameters.put("governorate", governorateCode);
        return parameters.entrySet().stream().filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public Recertification.NextCohort nextCohortOf(String courseCode) {
        return nextCohorts.get(courseCode);
    }

    public boolean expired(ComplianceRow row) {
        return row.expiredOn(today);
    }

    public long daysLeft(ComplianceRow row) {
        return row.daysLeftOn(today);
    }

    public boolean isValid() {
        return filter != null;
    }

    public LazyDataModel<ComplianceRow> getRows() {
        return rows;
    }

    private final class CompliancePages extends LazyDataModel<ComplianceRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return filter == null ? 0 : (int) report.search(filter, 0, 1).total();
        }

        @Override
        public List<ComplianceRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (filter == null) {
                setRowCount(0);
                return List.of();
            }
            ComplianceReport.Page page = report.search(filter, first, pageSize);
            setRowCount((int) page.total());
            today = page.today();
            nextCohorts.clear();
            nextCohorts.putAll(recertification.nextCohorts(
                    page.rows().stream().map(ComplianceRow::courseCode).distinct().toList(), today));
            return page.rows();
        }

        @Override
        public String getRowKey(ComplianceRow row) {
            return row.number();
        }

        @Override
        public ComplianceRow getRowData(String rowKey) {
            return null;
        }
    }

    public Integer getWithinDays() {
        return withinDays;
    }

    public void setWithinDays(Integer withinDays) {
        this.withinDays = withinDays;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public void setOrganisationCode(String organisationCode) {
        this.organisationCode = organisationCode;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }
}
