package org.tadreeb.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tadreeb.enrolment.PartnerTraining;
import org.tadreeb.people.Organisation;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.reporting.TrainingCompliance;

/**
 * Annual training compliance: administrators see everyone in scope and set the hours required per organisation
 * type; a partner coordinator sees their own organisation's people only, whatever the address asks for. The filter
 * is the address's query (year, organisation, governorate, behind, page).
 */
@Named
@RequestScoped
public class TrainingComplianceBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    TrainingCompliance compliance;

    @Inject
    PartnerTraining partners;

    @Inject
    CentreClock clock;

    @Inject
    Feedback feedback;

    private TrainingCompliance.Filter filter;
    private TrainingCompliance.Page page;
    private int pageNumber = 1;
    private Organisation coordinatorsOrganisation;
    private final Map<OrganisationType, Integer> requirements = new EnumMap<>(OrganisationType.class);

    private String year;
    private String organisation;
    private String governorate;
    private boolean behind;

    public void load() {
        HttpServletRequest request = request();
        year = request.getParameter("year");
        organisation = request.getParameter("organisation");
        governorate = request.getParameter("governorate");
        behind = "true".equals(request.getParameter("behind"));
        if (request.isUserInRole("COORDINATOR") && !request.isUserInRole("ADMINISTRATOR")) {
            coordinatorsOrganisation = partners.organisationOf(request.getRemoteUser());
        }
        try {
            filter = filterOf(request, clock.today().getYear());
            if (coordinatorsOrganisation != null) {
                filter = filter.forOrganisation(coordinatorsOrganisation.getCode());
            }
            pageNumber = Math.max(1, parseInt(request.getParameter("page"), 1));
            page = compliance.page(filter, (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
            year = String.valueOf(filter.year());
        } catch (InvalidInputException invalid) {
            // Not the handler: a filter from the address lists its rules at the top and the page still shows the rest.
            invalid.errors().forEach(error -> feedback.problem(error.messageKey(), error.arguments().toArray()));
        }
        requirements.putAll(compliance.requirements());
    }

    /** Reads the filter as the page and the CSV both do; a malformed year is refused naming it. */
    static TrainingCompliance.Filter filterOf(HttpServletRequest request, int thisYear) {
        int year = parseInt(request.getParameter("year"), Integer.MIN_VALUE);
        if (year == Integer.MIN_VALUE) {
            String text = request.getParameter("year");
            if (text != null && !text.isBlank()) {
                throw new InvalidInputException(List.of(new org.tadreeb.platform.FieldError("year",
                        "compliance.error.year", text)));
            }
            year = thisYear;
        }
        return new TrainingCompliance.Filter(year, request.getParameter("organisation"),
                request.getParameter("governorate"), "true".equals(request.getParameter("behind")));
    }

    /** The filter form's button: to the address of the view asked for, or back naming what is wrong. */
    public String show() {
        int asked = parseInt(year, Integer.MIN_VALUE);
        try {
            filter = new TrainingCompliance.Filter(asked == Integer.MIN_VALUE ? -1 : asked, organisation, governorate, behind);
        } catch (InvalidInputException invalid) {
            // Not the handler: the page's own message names the year as typed.
            feedback.problem("compliance.error.year", year == null ? "" : year);
            return null;
        }
        return "compliance?faces-redirect=true&" + query(1).substring(1);
    }

    /** The administrator's form: the hours required per organisation type. */
    public String saveRequirements() {
        try {
            int changed = compliance.changeRequirements(request().getRemoteUser(), requirements);
            feedback.done("compliance.requirementsSaved", changed);
            return "compliance?faces-redirect=true";
        } catch (InvalidInputException invalid) {
            // Not the handler: each requirement's rule is listed at the top, with no summary line
            // (the fields are a map's entries).
            invalid.errors().forEach(error -> feedback.problem(error.messageKey(), error.arguments().toArray()));
            return null;
        }
    }

    public TrainingCompliance.Filter getFilter() {
        return filter;
    }

    public TrainingCompliance.Page getPage() {
        return page;
    }

    public int getPageNumber() {
        return pageNumber;
    }

    public long getPageCount() {
        return page == null ? 0 : (page.total() + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    public List<TrainingCompliance.Group> getByOrganisation() {
        return filter == null ? List.of() : compliance.byOrganisation(filter);
    }

    public List<TrainingCompliance.Group> getByGovernorate() {
        return filter == null ? List.of() : compliance.byGovernorate(filter);
    }

    public Map<OrganisationType, Integer> getRequirements() {
        return requirements;
    }

    public OrganisationType[] getOrganisationTypes() {
        return OrganisationType.values();
    }

    public Organisation getCoordinatorsOrganisation() {
        return coordinatorsOrganisation;
    }

    /** The address of this view with the filter and another page number (or the CSV's, with {@code csv}). */
    public String query(int number) {
        if (filter == null) {
            return "";
        }
        StringBuilder query = new StringBuilder("?year=").append(filter.year());
        if (filter.organisation() != null && coordinatorsOrganisation == null) {
            query.append("&organisation=").append(encode(filter.organisation()));
        }
        if (filter.governorate() != null) {
            query.append("&governorate=").append(encode(filter.governorate()));
        }
        if (filter.behindOnly()) {
            query.append("&behind=true");
        }
        if (number > 1) {
            query.append("&page=").append(number);
        }
        return query.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static int parseInt(String text, int otherwise) {
        try {
            return text == null || text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException malformed) {
            return otherwise;
        }
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public boolean isBehind() {
        return behind;
    }

    public void setBehind(boolean behind) {
        this.behind = behind;
    }
}
