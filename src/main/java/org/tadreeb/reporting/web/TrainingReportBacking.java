package org.tadreeb.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.course.Category;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.web.Feedback;
import org.tadreeb.reporting.ReportDimension;
import org.tadreeb.reporting.TrainingReport;
import org.tadreeb.reporting.TrainingReportFilter;
import org.tadreeb.reporting.TrainingReports;

/**
 * The training report page: its filter is the address's query (so a report can be bookmarked, shared and exported
 * as it is shown), read once per request; a malformed filter is named and the page shows no figures.
 */
@Named
@RequestScoped
public class TrainingReportBacking {

    @Inject
    TrainingReports reports;

    @Inject
    CourseCatalogue catalogue;

    @Inject
    VenueService venueService;

    @Inject
    CentreClock clock;

    @Inject
    Feedback feedback;

    private TrainingReportFilter filter;
    private TrainingReport report;

    private String from;
    private String to;
    private String course;
    private String category;
    private String governorate;
    private String organisationType;
    private String venue;

    /** On a GET: reads the filter from the address and computes the report. */
    public void load() {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        from = parameters.get("from");
        to = parameters.get("to");
        course = parameters.get("course");
        category = parameters.get("category");
        governorate = parameters.get("governorate");
        organisationType = parameters.get("organisationType");
        venue = parameters.get("venue");
        filter = read();
        if (filter != null) {
            from = filter.from().toString();
            to = filter.to().toString();
            report = reports.report(filter);
        }
    }

    /** The form's button: to the address of the report asked for, or back to the form naming what is wrong. */
    public String show() {
        TrainingReportFilter asked = read();
        return asked == null ? null : "training?faces-redirect=true&" + asked.toQuery().substring(1);
    }

    private TrainingReportFilter read() {
        Map<String, String> values = new java.util.HashMap<>();
        values.put("from", from);
        values.put("to", to);
        values.put("course", course);
        values.put("category", category);
        values.put("governorate", governorate);
        values.put("organisationType", organisationType);
        values.put("venue", venue);
        try {
            return TrainingReportFilter.fromParameters(values::get, clock.today());
        } catch (InvalidInputException invalid) {
            // Not the handler: a filter from the address lists its rules at the top and the page shows no figures.
            invalid.errors().forEach(error -> feedback.problem(error.messageKey(), error.arguments().toArray()));
            return null;
        }
    }

    public TrainingReport getReport() {
        return report;
    }

    public TrainingReportFilter getFilter() {
        return filter;
    }

    public ReportDimension[] getDimensions() {
        return ReportDimension.values();
    }

    public List<TrainingReport.Line> lines(ReportDimension dimension) {
        return report == null ? List.of() : report.lines(dimension);
    }

    /** A bar's length in percent of the breakdown's largest group, for the chart beside each table. */
    public long barPercent(ReportDimension dimension, TrainingReport.Line line) {
        long largest = lines(dimension).stream().mapToLong(each -> each.figures().enrolments()).max().orElse(0);
        return largest == 0 ? 0 : Math.round(line.figures().enrolments() * 100.0 / largest);
    }

    public String getQuery() {
        return filter == null ? "" : filter.toQuery();
    }

    public List<CourseView> getCourses() {
        List<CourseView> all = new ArrayList<>(catalogue.all(false));
        all.addAll(catalogue.all(true));
        all.sort(Comparator.comparing(CourseView::code));
        return all;
    }

    public List<Category> getCategories() {
        return catalogue.categories();
    }

    public List<VenueView> getVenues() {
        return venueService.list(false);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(String organisationType) {
        this.organisationType = organisationType;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }
}
