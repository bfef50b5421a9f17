package org.tadreeb.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.tadreeb.platform.CentreClock;

/**
 * Public verification, by number and code (typed, or from the QR code) or by a signed credential, with the
 * status read live. Failed look-ups count against the caller's address ({@link VerificationThrottle}).
 */
@ApplicationScoped
public class CertificateVerification {

    /** Far longer than any credential the centre signs; anything longer is not one of them. */
    public static final int MAX_CREDENTIAL = 16_000;

    @Inject
    CertificateRepository certificates;

    @Inject
    VerificationThrottle throttle;

    @Inject
    SigningKey key;

    @Inject
    CentreClock clock;

    @Transactional
    public Verification verify(String number, String code, String address) {
        Instant now = Instant.now();
        if (throttle.isBlocked(address, now)) {
            throw new TooManyLookupsException();
        }
        Optional<Certificate> found = CertificateNumber.parse(number)
                .flatMap(certificates::findByNumber)
                .filter(certificate -> certificate.hasCode(code));
        if (found.isEmpty()) {
            throttle.recordFailure(address, now);
            return Verification.NOT_FOUND;
        }
        return Verification.of(CertificateView.of(found.get(), clock.today(), clock.zone()));
    }

    /**
     * Checks a credential (the compact JWS) with the centre's key, then its certificate's status as of now: a
     * revoked certificate's credential answers REVOKED though its signature is good. A signature that is not the
     * centre's answers NOT_GENUINE and counts as a failed look-up, as does a genuine credential whose certificate
     * is not here.
     */
    @Transactional
    public Verification verifyCredential(String compact, String address) {
        if (throttle.isBlocked(address, Instant.now())) {
            throw new TooManyLookupsException();
        }
        String trimmed = compact == null ? "" : compact.strip();
        if (trimmed.length() > MAX_CREDENTIAL || !key.verifies(trimmed)) {
            throttle.recordFailure(address, Instant.now());
            return Verification.NOT_GENUINE;
        }
        String payload = new String(Base64.getUrlDecoder().decode(trimmed.split("\\.")[1]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject credential = reader.readObject();
            URI id = URI.create(credential.getString("id"));
            String number = id.getPath().substring(id.getPath().lastIndexOf('/') + 1);
            String code = id.getQuery() == null ? "" : id.getQuery().replaceFirst("^code=", "");
            return verify(number, code, address);
        }
    }
}
