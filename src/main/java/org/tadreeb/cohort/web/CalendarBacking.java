package org.tadreeb.cohort.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.tadreeb.cohort.CalendarEntry;
import org.tadreeb.cohort.CalendarService;
import org.tadreeb.cohort.InstructorChoice;
import org.tadreeb.cohort.VenueService;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.CurrentLanguage;

/**
 * Backs {@code /calendar.xhtml}: the meetings a signed-in person may see (everything for administrators, with
 * filters by venue and instructor; the cohorts an instructor teaches; the cohorts a trainee is in). The schedule
 * loads only the range it shows, lazily; below it a plain table lists one week's meetings for readers who do not
 * use the schedule (keyboard, screen reader), with links to the previous and next week. GET parameters:
 * {@code venue}, {@code instructor} (administrators only) and {@code week} (a day of the week to show).
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarService calendar;

    @Inject
    VenueService venueService;

    @Inject
    CentreClock clock;

    @Inject
    CurrentLanguage language;

    @Inject
    ExternalContext externalContext;

    private String username;
    private CalendarService.Scope scope;
    private String venue;
    private String instructor;
    private String week;
    private LazyScheduleModel model;
    private List<Row> rows;
    private List<VenueService.VenueView> venues;
    private List<InstructorChoice> instructors;

    /** One meeting of the week's list, with where its link goes. */
    public record Row(CalendarEntry entry, String link) implements Serializable {
    }

    @PostConstruct
    void identify() {
        username = externalContext.getUserPrincipal().getName();
        scope = CalendarService.scopeOf(externalContext.isUserInRole("ADMINISTRATOR"),
                externalContext.isUserInRole("INSTRUCTOR"));
        model = new Meetings(this);
    }

    /** The schedule's model: asks for the meetings of the visible range each time the range changes. */
    private static final class Meetings extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;
        private final CalendarBacking page;

        Meetings(CalendarBacking page) {
            this.page = page;
        }

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            List<CalendarEntry> entries = page.meetings(start, end);
            Map<String, String> links = page.links(entries);
            Locale locale = page.locale();
            for (CalendarEntry entry : entries) {
                String venue = entry.venue(locale);
                String topic = entry.topic(locale);
                addEvent(DefaultScheduleEvent.builder()
                        .id(String.valueOf(entry.meetingId()))
                        .title(entry.cohortCode() + " · " + entry.courseTitle(locale))
                        .startDate(entry.startsAt())
                        .endDate(entry.endsAt())
                        .description(java.util.stream.Stream.of(venue, topic).filter(t -> t != null && !t.isBlank())
                                .collect(Collectors.joining(" · ")))
                        .url(links.get(entry.cohortCode()))
                        .styleClass("meeting-event")
                        .editable(false)
                        .build());
            }
        }
    }

    List<CalendarEntry> meetings(LocalDateTime since, LocalDateTime until) {
        return calendar.meetings(username, scope, since, until, isAdministrator() ? venue : null,
                isAdministrator() ? instructor : null);
    }

    /** Where each cohort's meetings link to: its page for administrators, its course's public page for others. */
    Map<String, String> links(List<CalendarEntry> entries) {
        String base = externalContext.getRequestContextPath();
        List<String> codes = entries.stream().map(CalendarEntry::cohortCode).distinct().toList();
        Map<String, String> links = new LinkedHashMap<>();
        if (isAdministrator()) {
            codes.forEach(code -> links.put(code, base + "/admin/cohorts/cohort.xhtml?code=" + encode(code)));
        } else {
            calendar.courseCodes(codes).forEach((cohort, course) -> links.put(cohort, base + "/courses/" + encode(course)));
        }
        return links;
    }

    Locale locale() {
        return language.getLocale();
    }

    public ScheduleModel getModel() {
        return model;
    }

    /** The first day of the week shown: Sunday, as the schedule counts weeks in both languages. */
    public LocalDate getWeekStart() {
        LocalDate day = clock.today();
        if (week != null && !week.isBlank()) {
            try {
                day = LocalDate.parse(week.strip());
            } catch (DateTimeParseException malformed) {
                // the current week
            }
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    public LocalDate getWeekEnd() {
        return getWeekStart().plusDays(6);
    }

    /** The week's meetings for the list under the schedule. */
    public List<Row> getRows() {
        if (rows == null) {
            LocalDate start = getWeekStart();
            List<CalendarEntry> entries = meetings(start.atStartOfDay(), start.plusDays(7).atStartOfDay());
            Map<String, String> links = links(entries);
            rows = entries.stream().map(e -> new Row(e, links.get(e.cohortCode()))).toList();
        }
        return rows;
    }

    /** This page's address for another week, keeping the filters. */
    public String weekUrl(int weeksFromShown) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (isAdministrator()) {
            parameters.put("venue", venue);
            parameters.put("instructor", instructor);
        }
        parameters.put("week", getWeekStart().plusWeeks(weeksFromShown).toString());
        return externalContext.getRequestContextPath() + "/calendar.xhtml" + parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    public boolean isAdministrator() {
        return scope == CalendarService.Scope.ALL;
    }

    public String getScopeKey() {
        return "calendar.scope." + scope.name();
    }

    public List<VenueService.VenueView> getVenues() {
        if (venues == null) {
            venues = isAdministrator() ? venueService.list(false) : List.of();
        }
        return venues;
    }

    public List<InstructorChoice> getInstructors() {
        if (instructors == null) {
            instructors = isAdministrator() ? calendar.instructors() : List.of();
        }
        return instructors;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getInstructor() {
        return instructor;
    }

    public void setInstructor(String instructor) {
        this.instructor = instructor;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }
}
