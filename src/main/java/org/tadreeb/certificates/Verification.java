package org.tadreeb.certificates;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The public answer about a certificate: only the holder's name, the course, the dates and the status. A wrong
 * code and an unknown number answer {@link Outcome#NOT_FOUND}, and a credential whose signature is not the
 * centre's (tampered with, or made elsewhere) {@link Outcome#NOT_GENUINE}, with nothing else.
 */
public record Verification(Outcome outcome, String number, String holderArabic, String holderLatin,
                           String courseTitleArabic, String courseTitleEnglish, LocalDate issuedOn,
                           LocalDate expiresOn, LocalDate revokedOn) {

    public enum Outcome {
        VALID, REVOKED, EXPIRED, NOT_FOUND, NOT_GENUINE;

        public String messageKey() {
            return "verify.outcome." + name();
        }
    }

    static final Verification NOT_FOUND = new Verification(Outcome.NOT_FOUND, null, null, null, null, null, null, null, null);
    static final Verification NOT_GENUINE = new Verification(Outcome.NOT_GENUINE, null, null, null, null, null, null, null, null);

    static Verification of(CertificateView c) {
        Outcome outcome = switch (c.status()) {
            case VALID -> Outcome.VALID;
            case REVOKED -> Outcome.REVOKED;
            case EXPIRED -> Outcome.EXPIRED;
        };
        return new Verification(outcome, c.number(), c.holderArabic(), c.holderLatin(), c.courseTitleArabic(),
                c.courseTitleEnglish(), c.issuedOn(), c.expiresOn(), c.revokedOn());
    }

    /** Whether a certificate was found: the answer names it. */
    public boolean found() {
        return outcome != Outcome.NOT_FOUND && outcome != Outcome.NOT_GENUINE;
    }

    public String holder(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? holderArabic : holderLatin;
    }

    public String courseTitle(Locale locale) {
        return "ar".equals(locale.getLanguage()) ? courseTitleArabic : courseTitleEnglish;
    }

    public JsonObjectBuilder toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", outcome.name());
        if (!found()) {
            return json;
        }
        json.add("number", number)
                .add("holder", Json.createObjectBuilder().add("ar", holderArabic).add("en", holderLatin))
                .add("course", Json.createObjectBuilder().add("ar", courseTitleArabic).add("en", courseTitleEnglish))
                .add("issuedOn", issuedOn.toString());
        if (expiresOn != null) {
            json.add("expiresOn", expiresOn.toString());
        }
        if (revokedOn != null) {
            json.add("revokedOn", revokedOn.toString());
        }
        return json;
    }
}
