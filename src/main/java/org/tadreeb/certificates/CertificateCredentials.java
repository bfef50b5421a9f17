package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A certificate as a W3C Verifiable Credential shaped as an Open Badges 3.0 {@code OpenBadgeCredential}, secured
 * as a compact JWS (EdDSA) whose payload is the credential itself (VC-JOSE-COSE, {@code typ vc+jwt}). Anyone
 * checks it offline with the key at {@code /.well-known/jwks.json}; whether it has since been revoked is what
 * the verification page answers, live.
 */
@ApplicationScoped
public class CertificateCredentials {

    @Inject
    CertificateSettings settings;

    @Inject
    SigningKey key;

    public String signed(CertificateView certificate) {
        return key.signCompact(credential(certificate).build().toString(), "vc+jwt");
    }

    JsonObjectBuilder credential(CertificateView c) {
        String base = settings.publicUrl();
        JsonObjectBuilder achievement = Json.createObjectBuilder()
                .add("id", base + "/courses/" + c.courseCode())
                .add("type", Json.createArrayBuilder().add("Achievement"))
                .add("achievementType", "Certificate")
                .add("name", c.courseTitleEnglish())
                .add("description", c.courseTitleArabic() + " — " + c.courseTitleEnglish() + ", "
                        + c.contactHours() + " contact hours")
                .add("criteria", Json.createObjectBuilder().add("narrative",
                        "Completed and passed cohort " + c.cohortCode() + " (" + c.cohortStartsOn() + " to "
                                + c.cohortEndsOn() + ")"))
                .add("creator", issuer(base));
        JsonObjectBuilder subject = Json.createObjectBuilder()
                .add("type", Json.createArrayBuilder().add("AchievementSubject"))
                .add("name", c.holderLatin())
                .add("identifier", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "IdentityObject")
                        .add("identityType", "name")
                        .add("hashed", false)
                        .add("identityHash", c.holderArabic())))
                .add("achievement", achievement);
        JsonObjectBuilder credential = Json.createObjectBuilder()
                .add("@context", Json.createArrayBuilder()
                        .add("https://www.w3.org/ns/credentials/v2")
                        .add("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"))
                .add("id", settings.verificationUrl(c.number(), c.verificationCode()))
                .add("type", Json.createArrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
                .add("name", c.courseTitleEnglish() + " — " + c.number())
                .add("issuer", issuer(base))
                .add("validFrom", moment(c.issuedOn()))
                .add("credentialSubject", subject);
        if (c.expiresOn() != null) {
            credential.add("validUntil", moment(c.expiresOn()));
        }
        return credential;
    }

    private JsonObjectBuilder issuer(String base) {
        return Json.createObjectBuilder()
                .add("id", base)
                .add("type", Json.createArrayBuilder().add("Profile"))
                .add("name", settings.centreNameEnglish());
    }

    private static String moment(LocalDate day) {
        return DateTimeFormatter.ISO_INSTANT.format(day.atStartOfDay().toInstant(ZoneOffset.UTC));
    }
}
