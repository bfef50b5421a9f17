package org.tadreeb.enrolment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tadreeb.people.AccountRepository;
import org.tadreeb.people.PeopleAccess;
import org.tadreeb.people.Person;
import org.tadreeb.people.PersonDirectory;
import org.tadreeb.people.PersonRow;

/** Builds transcripts, for the trainee themselves or for those allowed to see the trainee's record. */
@ApplicationScoped
public class TranscriptService {

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    PersonDirectory directory;

    @Inject
    AccountRepository accounts;

    @Inject
    PeopleAccess access;

    @Transactional
    public Transcript ownTranscript(String username) {
        return transcriptOf(accounts.getByUsername(username).getPerson());
    }

    /** Another person's transcript, if the caller may see their record (403 otherwise). */
    @Transactional
    public Transcript transcriptFor(String callerUsername, String serviceNumber) {
        Person person = directory.getByNumber(serviceNumber);
        access.checkCanSee(callerUsername, person);
        return transcriptOf(person);
    }

    private Transcript transcriptOf(Person person) {
        var lines = enrolments.historyOf(person).stream()
                .map(e -> new Transcript.Line(e.getCohort().getCode(), e.getCohort().getCourse().getCode(),
                        e.getCohort().getCourse().getTitleArabic(), e.getCohort().getCourse().getTitleEnglish(),
                        e.getCohort().getStartsOn(), e.getCohort().getEndsOn(),
                        e.getCohort().getCourse().getContactHours(), e.getStatus()))
                .toList();
        return new Transcript(PersonRow.of(person), lines);
    }
}
