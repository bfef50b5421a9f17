package org.tadreeb.enrolment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import org.tadreeb.enrolment.Transcript;
import org.tadreeb.enrolment.TranscriptService;
import org.tadreeb.platform.BusinessException;

/**
 * Backs {@code /trainee/transcript.xhtml} (one's own) and {@code /admin/people/transcript.xhtml?number=...}
 * (anyone the caller may see).
 */
@Named
@RequestScoped
public class TranscriptBacking {

    @Inject
    TranscriptService transcripts;

    @Inject
    SecurityContext security;

    @Inject
    FacesContext facesContext;

    private String number;
    private Transcript transcript;

    /** Reads the transcript before rendering, so a wrong number answers 404 and someone else's 403. */
    public void load() throws IOException {
        String caller = security.getCallerPrincipal().getName();
        try {
            transcript = number == null || number.isBlank()
                    ? transcripts.ownTranscript(caller)
                    : transcripts.transcriptFor(caller, number);
        } catch (BusinessException refused) {
            facesContext.getExternalContext().responseSendError(refused.httpStatus(), "");
            facesContext.responseComplete();
        }
    }

    public Transcript getTranscript() {
        return transcript;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
