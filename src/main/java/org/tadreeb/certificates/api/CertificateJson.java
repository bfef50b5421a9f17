package org.tadreeb.certificates.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.tadreeb.certificates.CertificateSettings;
import org.tadreeb.certificates.CertificateView;
import jakarta.ws.rs.BadRequestException;

/** A certificate in the API's JSON, and the {@code {"reason"}} body of revoke and reissue. */
final class CertificateJson {

    private CertificateJson() {
    }

    static JsonObjectBuilder of(CertificateView c, CertificateSettings settings) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", c.number())
                .add("status", c.status().name())
                .add("serviceNumber", c.serviceNumber())
                .add("holder", Json.createObjectBuilder().add("ar", c.holderArabic()).add("en", c.holderLatin()))
                .add("course", c.courseCode())
                .add("courseTitle", Json.createObjectBuilder().add("ar", c.courseTitleArabic()).add("en", c.courseTitleEnglish()))
                .add("cohort", c.cohortCode())
                .add("issuedOn", c.issuedOn().toString())
                .add("verificationUrl", settings.verificationUrl(c.number(), c.verificationCode()));
        if (c.expiresOn() != null) {
            json.add("expiresOn", c.expiresOn().toString());
        }
        if (c.revokedOn() != null) {
            json.add("revokedOn", c.revokedOn().toString()).add("reason", c.revokeReason());
        }
        if (c.replacesNumber() != null) {
            json.add("replaces", c.replacesNumber());
        }
        return json;
    }

    static String reason(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject object = reader.readObject();
            return object.containsKey("reason") && !object.isNull("reason") ? object.getString("reason") : null;
        } catch (JsonException | ClassCastException unreadable) {
            throw new BadRequestException(unreadable);
        }
    }
}
