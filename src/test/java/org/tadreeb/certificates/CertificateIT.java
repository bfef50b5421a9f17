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
import org.tadreeb.people.Role;
import org.tadreeb.platform.audit.AuditLog;
import org.tadreeb.platform.audit.AuditRecord;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Certificates on the real database: two simultaneous bulk issues make no duplicate and number them consecutively
 * after the year's last certificate; a run stopped half-way is completed by a rerun; who may read, download and sign
 * for what; revocation and reissue with their audit; the public verification's answers; the credential checked with
 * Nimbus against the JWK Set fetched over HTTP. The methods run in order.
 * <p>
 * On the shared deployment: everything happens in two completed cohorts of CP101 of this class's own (CRT-0 and
 * CRT-A), to holders and trainees of its own (service numbers CRT-..., accounts crt-holder and crt-other), so no demo
 * record is read or changed. The look-up throttle is tested on a server of its own (the shared one allows 1000
 * failures).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateIT {

    private static final Set<Role> TRAINEE_ONLY = Set.of(Role.TRAINEE);

    /** This class's completed cohort of CP101 (in place of the demo's CP101-0) and the one whose run is stopped. */
    private static final String COHORT = "CRT-0";
    private static final String RUNNING = "CRT-A";
    /** The holder, with an account of their own (in place of the demo trainee). */
    private static final String TRAINEE_NUMBER = "CRT-H1";
    private static final String TRAINEE_USER = "crt-holder";
    private static final String TRAINEE_ARABIC = "سامر عادل النمر";
    private static final String TRAINEE_LATIN = "Samer Adel Al-Nimer";
    /** Another trainee with an account: enrolled in RUNNING, never passed, holds nothing. */
    private static final String OTHER_NUMBER = "CRT-H2";
    private static final String OTHER_USER = "crt-other";
    /** Like the demo's CP101-0: three passed classmates and one who failed. */
    private static final int CLASSMATES_PASSED = 3;
    private static final int EXTRA_PASSED = 16;
    private static final int RUNNING_PASSED = 10;
    private static final String PUBLIC = "https://tadreeb.example.org";

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void prepare() {
        TestCertificates cohorts = bean(TestCertificates.class);
        cohorts.completedCohort(COHORT, 23);
        cohorts.completedCohort(RUNNING, 29);
        TestAccounts holders = bean(TestAccounts.class);
        holders.person(TRAINEE_NUMBER, TRAINEE_ARABIC, TRAINEE_LATIN, "crt-holder@example.org", Language.ENGLISH,
                "CPD-CAP", TRAINEE_USER, TRAINEE_ONLY);
        holders.person(OTHER_NUMBER, "ريم سعيد", "Reem Saeed", "crt-other@example.org", Language.ENGLISH, "CPD-CAP",
                OTHER_USER, TRAINEE_ONLY);
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= CLASSMATES_PASSED + 1; i++) {
            people.enrolNewTrainee(COHORT, "CRT-P" + i, "زميل " + i, "Classmate " + i, "crt-p" + i + "@example.org",
                    Language.ENGLISH, i <= CLASSMATES_PASSED ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED);
        }
        people.place(COHORT, TRAINEE_NUMBER, EnrolmentStatus.COMPLETED);
        for (int i = 1; i <= EXTRA_PASSED; i++) {
            people.enrolNewTrainee(COHORT, String.format("CRT-PASS-%03d", i), "ناجح " + i, "Passed " + i,
                    "crt-pass" + i + "@example.org", Language.ENGLISH, EnrolmentStatus.COMPLETED);
        }
        for (int i = 1; i <= RUNNING_PASSED; i++) {
            people.enrolNewTrainee(RUNNING, String.format("CRT-RUN-%03d", i), "متدرب " + i, "Runner " + i,
                    "crt-run" + i + "@example.org", Language.ENGLISH, EnrolmentStatus.COMPLETED);
        }
        people.place(RUNNING, OTHER_NUMBER, EnrolmentStatus.ENROLLED);
        CertificateService certificates = bean(CertificateService.class);
        long failed = bean(CertificateRepository.class).eligibleEnrolmentsOf(COHORT).size();
        assertEquals(CLASSMATES_PASSED + 1 + EXTRA_PASSED, failed, "the three passed classmates, the trainee, and the extra ones");
        assertTrue(certificates.ofCohort(COHORT).stream().noneMatch(CohortCertificate::issued));
    }

    @Test
    @Order(2)
    @RunAsClient
    void twoBulkIssuesAtOnceMakeNoDuplicateAndNumberInSequence() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String trainee = client.issueToken(TRAINEE_USER, TestAccounts.PASSWORD);
        assertEquals(403, client.post("api/v1/cohorts/" + COHORT + "/certificates", trainee, "application/json", new byte[0]).statusCode());
        assertEquals(401, client.post("api/v1/cohorts/" + COHORT + "/certificates", null, "application/json", new byte[0]).statusCode());
        // Numbers are counted per year over the whole database: this run's follow the last one issued before it.
        int year = LocalDate.now().getYear();
        HttpResponse<String> last = client.postForm("testing/expiry", Map.of("do", "last", "year", Integer.toString(year)));
        assertEquals(200, last.statusCode(), last.body());
        long before = Long.parseLong(last.body().strip());

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> runs = IntStream.range(0, 2).mapToObj(i -> pool.submit(() -> {
            start.await();
            return client.post("api/v1/cohorts/" + COHORT + "/certificates", admin, "application/json", new byte[0]);
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
        int eligible = CLASSMATES_PASSED + 1 + EXTRA_PASSED;
        assertEquals(eligible, issued, "each certificate issued once between the two runs");
        assertEquals(eligible, already, "and the other run found it");

        List<JsonObject> rows = WebClient.json(client.get("api/v1/cohorts/" + COHORT + "/certificates", admin)).asJsonArray()
                .stream().map(JsonValue::asJsonObject).toList();
        assertEquals(eligible, rows.size());
        Set<String> numbers = rows.stream().map(r -> r.getString("number")).collect(Collectors.toSet());
        Set<String> expected = IntStream.rangeClosed(1, eligible)
                .mapToObj(i -> String.format("TST-%04d-%06d", year, before + i)).collect(Collectors.toSet());
        assertEquals(expected, numbers, "numbered on from the year's last one, no gaps, no repeats");

        JsonObject again = WebClient.json(client.post("api/v1/cohorts/" + COHORT + "/certificates", admin, "application/json",
                new byte[0])).asJsonObject();
        assertEquals(0, again.getInt("issued"));
        assertEquals(eligible, again.getInt("alreadyIssued"));
    }

    @Test
    @Order(3)
    void aRunStoppedHalfWayIsCompletedByARerun() {
        CohortCertificates bulk = bean(CohortCertificates.class);
        TestCertificates certificates = bean(TestCertificates.class);
        assertThrows(IllegalStateException.class, () -> bulk.issueAll(RUNNING, "admin", (done, total) -> {
            if (done == 4) {
                throw new IllegalStateException("the server went down");
            }
        }));
        assertEquals(4, certificates.countOfCohort(RUNNING), "what was issued before the crash stays");
        CohortCertificates.Summary rerun = bulk.issueAll(RUNNING, "admin", CohortCertificates.Progress.NONE);
        assertEquals(RUNNING_PASSED - 4, rerun.issued());
        assertEquals(4, rerun.alreadyIssued());
        assertEquals(RUNNING_PASSED, certificates.countOfCohort(RUNNING));
        assertThrows(CertificateRefusedException.class, () -> bean(CertificateService.class)
                .issue(RUNNING, OTHER_NUMBER, "admin"), "an enrolled, not passed, trainee gets none");
    }

    private static String traineesCertificate(WebClient client, String token) {
        return WebClient.json(client.get("api/v1/cohorts/" + COHORT + "/certificates", token)).asJsonArray().stream()
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
        String trainee = client.issueToken(TRAINEE_USER, TestAccounts.PASSWORD);
        String other = client.issueToken(OTHER_USER, TestAccounts.PASSWORD);
        String number = traineesCertificate(client, admin);

        JsonObject own = WebClient.json(client.get("api/v1/certificates/" + number, trainee)).asJsonObject();
        assertEquals("VALID", own.getString("status"));
        assertEquals(TRAINEE_LATIN, own.getJsonObject("holder").getString("en"));
        assertTrue(own.getString("verificationUrl").startsWith(PUBLIC + "/verify/" + number + "?code="));
        assertEquals(403, client.get("api/v1/certificates/" + number, other).statusCode());
        assertEquals(401, client.get("api/v1/certificates/" + number).statusCode());
        assertEquals(200, client.get("api/v1/certificates/" + number, admin).statusCode());
        assertEquals(200, client.get("api/v1/certificates/" + number.toLowerCase(java.util.Locale.ROOT), admin).statusCode(),
                "a number typed in lower case finds the same certificate");

        HttpResponse<byte[]> pdf = bytes(client, "api/v1/certificates/" + number + "/pdf", trainee);
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertEquals(403, bytes(client, "api/v1/certificates/" + number + "/pdf", other).statusCode());

        WebClient holderBrowser = new WebClient(deploymentUrl);
        holderBrowser.signIn(TRAINEE_USER, TestAccounts.PASSWORD);
        assertTrue(holderBrowser.get("trainee/").body().contains(number), "My certificates lists it");
        assertEquals(200, holderBrowser.get("certificates/" + number + ".pdf").statusCode());
        WebClient otherBrowser = new WebClient(deploymentUrl);
        otherBrowser.signIn(OTHER_USER, TestAccounts.PASSWORD);
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
        assertEquals(TRAINEE_ARABIC, valid.getJsonObject("holder").getString("ar"));
        assertFalse(valid.containsKey("serviceNumber"), "nothing personal beyond the name");
        HttpResponse<String> page = client.get("verify/" + number + "?code=" + code + "&lang=en");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("This certificate is valid") && page.body().contains(TRAINEE_LATIN), page.body());
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
        String trainee = client.issueToken(TRAINEE_USER, TestAccounts.PASSWORD);
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
        CohortCertificate row = certificates.ofCohort(COHORT).stream()
                .filter(r -> r.serviceNumber().equals(TRAINEE_NUMBER)).findFirst().orElseThrow();
        CertificateView replacement = certificates.viewFor(row.number(), "admin", true);
        String old = replacement.replacesNumber();
        List<String> actions = bean(AuditLog.class).historyOf("Certificate", old).stream().map(AuditRecord::getAction).toList();
        assertEquals(List.of("certificate.issued", "certificate.revoked", "certificate.reissued"), actions);
        assertEquals(List.of("certificate.issued"), bean(AuditLog.class).historyOf("Certificate", row.number()).stream()
                .map(AuditRecord::getAction).toList());
        assertEquals(replacement.issuedOn().plusMonths(12), replacement.expiresOn(), "CP101 certificates last 12 months");

        String another = certificates.ofCohort(COHORT).stream().filter(r -> r.serviceNumber().equals("CRT-PASS-001"))
                .findFirst().orElseThrow().number();
        bean(TestCertificates.class).expire(another, LocalDate.now().minusDays(3));
        assertEquals(CertificateStatus.EXPIRED, certificates.viewFor(another, "admin", true).status());
    }

    @Test
    @Order(7)
    @RunAsClient
    void anExpiredCertificateShowsItsDate() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String expired = WebClient.json(client.get("api/v1/cohorts/" + COHORT + "/certificates", admin)).asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(r -> r.getString("serviceNumber").equals("CRT-PASS-001"))
                .findFirst().orElseThrow().getString("number");
        String url = WebClient.json(client.get("api/v1/certificates/" + expired, admin)).asJsonObject().getString("verificationUrl");
        String code = url.substring(url.indexOf("code=") + 5);
        JsonObject answer = WebClient.json(client.get("api/v1/certificates/" + expired + "/verification?code=" + code)).asJsonObject();
        assertEquals("EXPIRED", answer.getString("status"));
        assertEquals(LocalDate.now().minusDays(3).toString(), answer.getString("expiresOn"));
        assertTrue(client.get("verify/" + expired + "?code=" + code + "&lang=ar").body().contains("انتهت صلاحية هذه الشهادة"));
    }
}
