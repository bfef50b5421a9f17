package org.tadreeb.cohort.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tadreeb.cohort.Venue;
import org.tadreeb.cohort.VenueDetails;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.cohort.VenueService.VenueView;
import org.tadreeb.platform.web.Feedback;

/**
 * Backs {@code /admin/venues.xhtml}: the venues with how many live cohorts each hosts, a form to add one or change
 * the one picked (its code stays), and retire / reinstate.
 */
@Named
@ViewScoped
public class VenuesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/admin/venues.xhtml?faces-redirect=true";

    @Inject
    transient VenueService venueService;

    @Inject
    transient Feedback feedback;

    private List<VenueView> venues;
    private boolean editing;
    private String code;
    private String nameArabic;
    private String nameEnglish;
    private String governorateCode;
    private Integer capacity;

    public List<VenueView> getVenues() {
        if (venues == null) {
            venues = venueService.list(false);
        }
        return venues;
    }

    /** Fills the form with the venue picked in the list. */
    public void edit(String venueCode) {
        getVenues().stream().filter(v -> v.code().equals(venueCode)).findFirst().ifPresent(v -> {
            editing = true;
            code = v.code();
            nameArabic = v.nameArabic();
            nameEnglish = v.nameEnglish();
            governorateCode = v.governorateCode();
            capacity = v.capacity();
        });
    }

    public String save() {
        VenueDetails details = new VenueDetails(code, nameArabic, nameEnglish, governorateCode, capacity);
        Venue saved = editing ? venueService.change(code, details) : venueService.add(details);
        feedback.done(editing ? "venue.saved" : "venue.added", saved.getCode());
        return PAGE;
    }

    /** Leaves the venue being changed: the form adds a new one again. */
    public String addInstead() {
        return PAGE;
    }

    public String retire(String venueCode) {
        venueService.retire(venueCode);
        feedback.done("venue.retiredNotice", venueCode);
        return PAGE;
    }

    public String reinstate(String venueCode) {
        venueService.reinstate(venueCode);
        feedback.done("venue.reinstatedNotice", venueCode);
        return PAGE;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameArabic() {
        return nameArabic;
    }

    public void setNameArabic(String nameArabic) {
        this.nameArabic = nameArabic;
    }

    public String getNameEnglish() {
        return nameEnglish;
    }

    public void setNameEnglish(String nameEnglish) {
        this.nameEnglish = nameEnglish;
    }

    public String getGovernorateCode() {
        return governorateCode;
    }

    public void setGovernorateCode(String governorateCode) {
        this.governorateCode = governorateCode;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
