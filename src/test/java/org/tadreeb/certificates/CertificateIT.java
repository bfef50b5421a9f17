package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Certificates on the real database: two simultaneous bulk issues make no duplicate and number them 1..N; a run
 * stopped half-way is completed by a rerun; who may read, download and sign for what; revocation and reissue with
 * their audit; the public verification's answers and its refusal after repeated failures; the credential checked
 * with Nimbus against the JWK Set fetched over HTTP. The methods run in order.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateIT {

    private static final String TRAINEE_NUMBER = "PS-104233";
    private static final int EXTRA_PASSED = 16;
    private static final int RUNNING_PASSED = 10;
    private static final String PUBLIC = "https://verify.example.org";

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void prepare() {
        TestEnrolments people = bean(TestEnrolments.class);
        people.place("CP101-0", TRAINEE_NUMBER, EnrolmentStatus.COMPLETED);
        for (int i = 1; i <= EXTRA_PASSED; i++) {
            people.enrolNewTrainee("CP101-0", String.format("PASS-%03d", i), "ناجح " + i, "Passed " + i,
                    "pass" + i + "@example.org", Language.ENGLISH, EnrolmentStatus.COMPLETED);
        }
        for (int i = 1; i <= RUNNING_PASSED; i++) {
            people.enrolNewTrainee("CP101-A", String.format("RUN-%03d", i), "متدرب " + i, "Runner " + i,
                    "run" + i + "@example.org", Language.ENGLISH, EnrolmentStatus.COMPLETED);
        }
        CertificateService certificates = bean(CertificateService.class);
        long failed = bean(CertificateRepository.class).eligibleEnrolmentsOf("CP101-0").size();
        assertEquals(3 + 1 + EXTRA_PASSED, failed, "the demo's three passed, the trainee, and the extra ones");
        assertTrue(certificates.ofCohort("CP101-0").stream().noneMatch(CohortCertificate::issued));
    }

    @Test
    @Order(2)
    @RunAsClient
    void twoBulkIssuesAtOnceMakeNoDuplicateAndNumberInSequence() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, client.post("api/v1/cohorts/CP101-0/certificates", trainee, "application/json", new byte[0]).statusCode());
        assertEquals(401, client.post("api/v1/cohorts/CP101-0/certificates", null, "application/json", new byte[0]).statusCode());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> runs = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
            start.await();
            return client.post("api/v1/cohorts/CP101-0/certificates", admin, "application/json", new byte[0]);
        })).toList();
        start.countDown();
        int issued = 0;
        int already = 0;
        for (Future<HttpResponse<String>> run : runs) {
            HttpResponse<String> response = run.get();
            assertEquals(200, response.statusCode(), response.body());
            JsonObject summary = WebClient.json(response).asJsonObject();
            assertEquals(0, summary.getJsonArray("failed").size(), response.body());
            issued += summary.getInt("issued");
            already += summary.getInt("alreadyIssued");
        }
        pool.shutdown();
        int eligible = 4 + EXTRA_PASSED;
        assertEquals(eligible, issued, "each certificate issued once between the two runs");
        assertEquals(eligible, already, "and the other run found it");

        List<JsonObject> rows = WebClient.json(client.get("api/v1/cohorts/CP101-0/certificates", admin)).asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        assertEquals(eligible, rows.size());
        Set<String> numbers = rows.stream().map(r -> r.getString("number")).collect(Collectors.toSet());
        Set<String> expected = IntStream.rangeClosed(1, eligible)
                .mapToObj(i -> String.format("TST-%04d-%06d", LocalDate.now().getYear(), i)).collect(Collectors.toSet());
        assertEquals(expected, numbers, "numbered 1..N in the year, no gaps, no repeats");

        JsonObject again = WebClient.json(client.post("api/v1/cohorts/CP101-0/certificates", admin, "application/json",
                new byte[0])).asJsonObject();
        assertEquals(0, again.getInt("issued"));
        assertEquals(eligible, again.getInt("alreadyIssued"));
    }

    @Test
    @Order(3)
    void aRunStoppedHalfWayIsCompletedByARerun() {
        CohortCertificates bulk = bean(CohortCertificates.class);
        TestCertificates certificates = bean(TestCertificates.class);
        assertThrows(IllegalStateException.class, () -> bulk.issueAll("CP101-A", "admin", (done, total) -> {
            if (done == 4) {
                throw new IllegalStateException("the server went down");
            }
        }));
        assertEquals(4, certificates.countOfCohort("CP101-A"), "what was issued before the crash stays");
        CohortCertificates.Summary rerun = bulk.issueAll("CP101-A", "admin", CohortCertificates.Progress.NONE);
        assertEquals(RUNNING_PASSED - 4, rerun.issued());
        assertEquals(4, rerun.alreadyIssued());
        assertEquals(RUNNING_PASSED, certificates.countOfCohort("CP101-A"));
        assertThrows(CertificateRefusedException.class, () -> bean(CertificateService.class)
                .issue("CP101-A", "PS-104871", "admin"), "an enrolled, not passed, trainee gets none");
    }

    private static String traineesCertificate(WebClient client, String token) {
        return WebClient.json(client.get("api/v1/cohorts/CP101-0/certificates", token)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("serviceNumber").equals(TRAINEE_NUMBER))
                .findFirst().orElseThrow().getString("number");
    }

    private HttpResponse<byte[]> bytes(WebClient client, String path, String token) throws Exception {
        HttpRequest.Builder request = client.request(path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    @Order(4)
    @RunAsClient
    void onlyTheHolderAndAdministratorsReadDownloadAndGetTheCredential() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        String other = client.issueToken(DemoAccounts.TRAINEE_2.username, DemoAccounts.TRAINEE_2.password);
        String number = traineesCertificate(client, admin);

        JsonObject own = WebClient.json(client.get("api/v1/certificates/" + number, trainee)).asJsonObject();
        assertEquals("VALID", own.getString("status"));
        assertEquals("Ahmad Yousef Al-Ali", own.getJsonObject("holder").getString("en"));
        assertTrue(own.getString("verificationUrl").startsWith(PUBLIC + "/verify/" + number + "?code="));
        assertEquals(403, client.get("api/v1/certificates/" + number, other).statusCode());
        assertEquals(401, client.get("api/v1/certificates/" + number).statusCode());
        assertEquals(200, client.get("api/v1/certificates/" + number, admin).statusCode());

        HttpResponse<byte[]> pdf = bytes(client, "api/v1/certificates/" + number + "/pdf", trainee);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, bytes(client, "api/v1/certificates/" + number + "/pdf", other).statusCode());

        WebClient holderBrowser = new WebClient(deploymentUrl);
        holderBrowser.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertTrue(holderBrowser.get("trainee/").body().contains(number), "My certificates lists it");
        assertEquals(200, holderBrowser.get("certificates/" + number + ".pdf").statusCode());
        WebClient otherBrowser = new WebClient(deploymentUrl);
        otherBrowser.signIn(DemoAccounts.TRAINEE_2.username, DemoAccounts.TRAINEE_2.password);
        assertEquals(403, otherBrowser.get("certificates/" + number + ".pdf").statusCode());
        HttpResponse<String> anonymous = new WebClient(deploymentUrl).get("certificates/" + number + ".pdf");
        assertEquals(302, anonymous.statusCode(), "anonymous callers are sent to sign in");

        // The credential, checked only with the JWK Set fetched over HTTP.
        String credential = client.get("api/v1/certificates/" + number + "/credential", trainee).body();
        assertEquals(403, client.get("api/v1/certificates/" + number + "/credential", other).statusCode());
        HttpResponse<String> jwksResponse = new WebClient(deploymentUrl).get(".well-known/jwks.json");
        assertEquals(200, jwksResponse.statusCode());
        assertFalse(jwksResponse.body().contains("\"d\""), "no private part is published");
        JWKSet jwks = JWKSet.parse(jwksResponse.body());
        JWSObject jws = JWSObject.parse(credential);
        OctetKeyPair key = (OctetKeyPair) jwks.getKeyByKeyId(jws.getHeader().getKeyID());
        assertEquals("EdDSA", jws.getHeader().getAlgorithm().getName());
        assertTrue(jws.verify(new Ed25519Verifier(key)), "the credential verifies with the published key");
        Map<String, Object> vc = jws.getPayload().toJSONObject();
        assertTrue(((List<?>) vc.get("type")).contains("OpenBadgeCredential"));
        assertTrue(((List<?>) vc.get("@context")).contains("https://www.w3.org/ns/credentials/v2"));
        assertEquals(PUBLIC, ((Map<?, ?>) vc.get("issuer")).get("id"));
        assertTrue(vc.containsKey("validFrom") && vc.containsKey("validUntil"), "CP101 certificates expire");
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        assertEquals("Community Policing Fundamentals", ((Map<?, ?>) subject.get("achievement")).get("name"));

        String[] parts = credential.split("\\.");
        Map<String, Object> forged = new HashMap<>(vc);
        forged.put("validUntil", "2099-01-01T00:00:00Z");
        String tampered = parts[0] + "." + new Payload(forged).toBase64URL() + "." + parts[2];
        assertFalse(JWSObject.parse(tampered).verify(new Ed25519Verifier(key)), "a tampered credential fails");
    }

    @Test
    @Order(5)
    @RunAsClient
    void verificationAnswersValidRevokedAndExpiredAndRevealsNothingWithoutTheCode() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String number = traineesCertificate(client, admin);
        String url = WebClient.json(client.get("api/v1/certificates/" + number, admin)).asJsonObject().getString("verificationUrl");
        String code = url.substring(url.indexOf("code=") + 5);

        JsonObject valid = WebClient.json(client.get("api/v1/certificates/" + number + "/verification?code=" + code)).asJsonObject();
        assertEquals("VALID", valid.getString("status"));
        assertEquals("أحمد يوسف العلي", valid.getJsonObject("holder").getString("ar"));
        assertFalse(valid.containsKey("serviceNumber"), "nothing personal beyond the name");
        HttpResponse<String> page = client.get("verify/" + number + "?code=" + code + "&lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This certificate is valid") && page.body().contains("Ahmad Yousef Al-Ali"), page.body());
        assertTrue(client.get("verify/" + number + "?code=" + code + "&lang=ar").body().contains("هذه الشهادة سارية"));

        HttpResponse<String> wrongCode = client.get("api/v1/certificates/" + number + "/verification?code=AAAAAAAAAAAA");
        HttpResponse<String> unknown = client.get("api/v1/certificates/TST-1999-000001/verification?code=" + code);
        assertEquals(200, wrongCode.statusCode());
        assertEquals("{\"status\":\"NOT_FOUND\"}", wrongCode.body());
        assertEquals(wrongCode.body(), unknown.body(), "a wrong code and an unknown number look the same");

        // Revoke (a reason is required, and only once), then reissue: the old one stays revoked.
        byte[] noReason = "{}".getBytes(StandardCharsets.UTF_8);
        assertEquals(409, client.post("api/v1/certificates/" + number + "/revoke", admin, "application/json", noReason).statusCode());
        byte[] reason = "{\"reason\":\"Issued against the wrong name\"}".getBytes(StandardCharsets.UTF_8);
        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, client.post("api/v1/certificates/" + number + "/revoke", trainee, "application/json", reason).statusCode());
        HttpResponse<String> revoked = client.post("api/v1/certificates/" + number + "/revoke", admin, "application/json", reason);
        assertEquals("REVOKED", WebClient.json(revoked).asJsonObject().getString("status"), revoked.body());
        assertEquals(409, client.post("api/v1/certificates/" + number + "/revoke", admin, "application/json", reason).statusCode());
        JsonObject revokedAnswer = WebClient.json(client.get("api/v1/certificates/" + number + "/verification?code=" + code)).asJsonObject();
        assertEquals("REVOKED", revokedAnswer.getString("status"));
        assertEquals(LocalDate.now().toString(), revokedAnswer.getString("revokedOn"));
        assertTrue(client.get("verify/" + number + "?code=" + code + "&lang=en").body().contains("This certificate has been revoked"));

        HttpResponse<String> reissued = client.post("api/v1/certificates/" + number + "/reissue", admin, "application/json", reason);
        assertEquals(201, reissued.statusCode(), reissued.body());
        JsonObject replacement = WebClient.json(reissued).asJsonObject();
        assertEquals(number, replacement.getString("replaces"));
        assertEquals("VALID", replacement.getString("status"));
        assertEquals(replacement.getString("number"), traineesCertificate(client, admin), "the cohort lists the replacement");
        assertEquals(409, client.post("api/v1/certificates/" + number + "/reissue", admin, "application/json", reason).statusCode(),
                "a certificate is replaced once");
        assertEquals("REVOKED", WebClient.json(client.get("api/v1/certificates/" + number, admin)).asJsonObject().getString("status"));
    }

    @Test
    @Order(6)
    void revocationAndReissueAreAuditedAndExpiryIsDerived() {
        CertificateService certificates = bean(CertificateService.class);
        CohortCertificate row = certificates.ofCohort("CP101-0").stream()
                .filter(r -> r.serviceNumber().equals(TRAINEE_NUMBER)).findFirst().orElseThrow();
        CertificateView replacement = certificates.viewFor(row.number(), "admin", true);
        String old = replacement.replacesNumber();
        List<String> actions = bean(AuditLog.class).historyOf("Certificate", old).stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("certificate.issued", "certificate.revoked", "certificate.reissued"), actions);
        assertEquals(List.of("certificate.issued"), bean(AuditLog.class).historyOf("Certificate", row.number()).stream()
                .map(AuditRecord::getAction).toList());
        assertEquals(replacement.issuedOn().plusMonths(12), replacement.expiresOn(), "CP101 certificates last 12 months");

        String another = certificates.ofCohort("CP101-0").stream().filter(r -> r.serviceNumber().equals("PASS-001"))
                .findFirst().orElseThrow().number();
        bean(TestCertificates.class).expire(another, LocalDate.now().minusDays(3));
        assertEquals(CertificateStatus.EXPIRED, certificates.viewFor(another, "admin", true).status());
    }

    @Test
    @Order(7)
    @RunAsClient
    void expiredShowsItsDateAndRepeatedFailuresAreRefused() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String expired = WebClient.json(client.get("api/v1/cohorts/CP101-0/certificates", admin)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("serviceNumber").equals("PASS-001"))
                .findFirst().orElseThrow().getString("number");
        String url = WebClient.json(client.get("api/v1/certificates/" + expired, admin)).asJsonObject().getString("verificationUrl");
        String code = url.substring(url.indexOf("code=") + 5);
        JsonObject answer = WebClient.json(client.get("api/v1/certificates/" + expired + "/verification?code=" + code)).asJsonObject();
        assertEquals("EXPIRED", answer.getString("status"));
        assertEquals(LocalDate.now().minusDays(3).toString(), answer.getString("expiresOn"));
        assertTrue(client.get("verify/" + expired + "?code=" + code + "&lang=ar").body().contains("انتهت صلاحية هذه الشهادة"));

        // Two failures so far (order 5); eight more reach the limit of ten, then even the right code is refused.
        for (int i = 0; i < 8; i++) {
            HttpResponse<String> miss = client.get("api/v1/certificates/" + expired + "/verification?code=WRONGCODE" + i);
            assertEquals(200, miss.statusCode(), "failure " + (i + 3) + " is still answered");
        }
        HttpResponse<String> refused = client.get("api/v1/certificates/" + expired + "/verification?code=" + code);
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("certificate.error.tooManyLookups", WebClient.problem(refused).getString("code"));
        assertEquals(429, client.get("verify/" + expired + "?code=" + code + "&lang=en").statusCode());
    }
}
