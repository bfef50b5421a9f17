package org.tadreeb.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tadreeb.cohort.CohortDirectory;
import org.tadreeb.cohort.CohortRow;
import org.tadreeb.cohort.CohortSearch;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.cohort.CohortView;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.course.CourseCatalogue;
import org.tadreeb.course.CourseView;

/**
 * Backs {@code /admin/cohorts/index.xhtml}: the cohorts, soonest first, a page at a time, filtered by course, status,
 * venue, governorate and the dates they overlap.
 */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortDirectory directory;

    @Inject
    transient CourseCatalogue catalogue;

    @Inject
    transient VenueService venueService;

    private String courseCode;
    private CohortStatus status;
    private String venueCode;
    private String governorateCode;
    private LocalDate from;
    private LocalDate to;
    private List<CourseView> courses;
    private List<VenueView> venues;
    private LazyDataModel<CohortRow> cohorts;

    @PostConstruct
    void init() {
        cohorts = new CohortPages();
        List<CourseView> all = new ArrayList<>(catalogue.all(false));
        all.addAll(catalogue.all(true));
        all.sort(Comparator.comparing(CourseView::code));
        courses = all;
        venues = venueService.list(false);
    }

    /** Runs the search again from the first page (the table reloads through its lazy model). */
    public void search() {
        // the lazy model reads the current criteria on its next load
    }

    public LazyDataModel<CohortRow> getCohorts() {
        return cohorts;
    }

    private CohortSearch currentSearch() {
        return new CohortSearch(courseCode, from, to, governorateCode, venueCode, null, status);
    }

    private final class CohortPages extends LazyDataModel<CohortRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) directory.search(currentSearch(), 0, 1).total();
        }

        @Override
        public List<CohortRow> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            CohortDirectory.Page page = directory.search(currentSearch(), first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(CohortRow row) {
            return row.code();
        }

        @Override
        public CohortRow getRowData(String rowKey) {
            return directory.view(rowKey).map(CohortView::row).orElse(null);
        }
    }

    public List<CourseView> getCourses() {
        return courses;
    }

    public List<VenueView> getVenues() {
        return venues;
    }

    public CohortStatus[] getStatuses() {
        return CohortStatus.values();
    }

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public void setStatus(CohortStatus status) {
        this.status = status;
    }

    public String getVenueCode() {
        return venueCode;
    }

    public void setVenueCode(String venueCode) {
        this.venueCode = venueCode;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
