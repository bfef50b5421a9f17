package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tadreeb.cohort.Cohort;
import org.tadreeb.cohort.Meeting;
import org.tadreeb.people.Person;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.Outbox;

/**
 * The messages a trainee receives about their place in a cohort, queued in the caller's transaction through the
 * outbox, in the trainee's language, with the cohort's dates, venue and schedule. Trainees without an e-mail
 * address are simply not written to.
 */
@ApplicationScoped
public class EnrolmentMail {

    /** More meetings than this are summed up as "…" in a message. */
    static final int MAX_SCHEDULE_LINES = 30;
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "tadreeb.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    public void send(MailKind kind, Enrolment enrolment) {
        send(kind, enrolment, Map.of());
    }

    public void send(MailKind kind, Enrolment enrolment, Map<String, String> extra) {
        Person trainee = enrolment.getTrainee();
        if (trainee.getEmail() == null || trainee.getEmail().isBlank()) {
            return;
        }
        Language language = trainee.getPreferredLanguage();
        Locale locale = language.locale();
        Cohort cohort = enrolment.getCohort();
        Map<String, String> values = new HashMap<>();
        values.put("name", trainee.displayName(locale));
        values.put("course", cohort.getCourse().title(locale));
        values.put("cohort", cohort.getCode());
        values.put("startsOn", cohort.getStartsOn().toString());
        values.put("endsOn", cohort.getEndsOn().toString());
        values.put("venue", cohort.getVenue() == null ? Messages.text(language, "enrolment.mail.online")
                : cohort.getVenue().name(locale));
        values.put("link", publicUrl.replaceAll("/+$", "") + "/trainee/");
        values.put("schedule", schedule(cohort.heldMeetings()));
        List<Meeting> held = cohort.heldMeetings();
        values.put("firstMeeting", held.isEmpty() ? cohort.getStartsOn().toString() : DAY_AND_TIME.format(held.get(0).getStartsAt()));
        values.putAll(extra);
        outbox.queue(trainee.getEmail(), language, kind, values);
    }

    static String schedule(List<Meeting> meetings) {
        String lines = meetings.stream().limit(MAX_SCHEDULE_LINES)
                .map(m -> DAY_AND_TIME.format(m.getStartsAt()) + "–" + TIME.format(m.getEndsAt()))
                .collect(Collectors.joining("\n"));
        return meetings.size() > MAX_SCHEDULE_LINES ? lines + "\n…" : lines;
    }
}
