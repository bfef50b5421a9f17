package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.OutageDeployment;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * The public look-up's throttle with its production allowance (ten failed look-ups from one address within ten
 * minutes): a wrong code and a forged credential both count, and once the allowance is spent even the right code
 * and a genuine credential wait. On the {@link OutageDeployment}'s server, since every test on the shared one looks
 * up from the same address and the shared allowance is raised for that reason; nothing else on this server looks up
 * certificates.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerificationThrottleIT {

    private static final String COHORT = "THR-0";
    private static final String HOLDER = "THR-001";

    @Deployment
    static WebArchive deployment() {
        return OutageDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void aHolderHasACertificate() {
        bean(TestCertificates.class).completedCohort(COHORT, 2);
        TestEnrolments people = bean(TestEnrolments.class);
        people.enrolNewTrainee(COHORT, HOLDER, "ثامر الرشيد", "Thamer Al-Rashid", "thamer@throttle.example.org",
                Language.ENGLISH, EnrolmentStatus.COMPLETED);
        bean(CertificateService.class).issue(COHORT, HOLDER, "admin");
    }

    @Test
    @Order(2)
    @RunAsClient
    void wrongCodesAndForgedCredentialsShareTheAllowanceThenEvenTheRightOnesWait() {
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String number = WebClient.json(api.get("api/v1/cohorts/" + COHORT + "/certificates", admin)).asJsonArray()
                .getJsonObject(0).getString("number");
        String url = WebClient.json(api.get("api/v1/certificates/" + number, admin)).asJsonObject().getString("verificationUrl");
        String code = url.substring(url.indexOf("code=") + 5);
        String genuine = api.get("api/v1/certificates/" + number + "/credential", admin).body();

        WebClient anyone = new WebClient(deploymentUrl).acceptLanguage("en");
        assertEquals("VALID", WebClient.json(anyone.get("api/v1/certificates/" + number + "/verification?code=" + code))
                .asJsonObject().getString("status"), "a right code before any failure");
        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> miss = anyone.get("api/v1/certificates/" + number + "/verification?code=WRONGCODE" + i);
            assertEquals(200, miss.statusCode(), "failure " + i + " is still answered");
            assertEquals("{\"status\":\"NOT_FOUND\"}", miss.body());
        }
        for (int i = 6; i <= 10; i++) {
            HttpResponse<String> forged = VerifyPage.checkCredential(anyone, Language.ENGLISH, "not.a." + i);
            assertEquals(200, forged.statusCode(), "failure " + i + " is still answered");
            assertTrue(forged.body().contains(Messages.text(Language.ENGLISH, "verify.outcome.NOT_GENUINE")), forged.body());
        }

        HttpResponse<String> refused = anyone.get("api/v1/certificates/" + number + "/verification?code=" + code);
        assertEquals(429, refused.statusCode(), refused.body());
        assertEquals("certificate.error.tooManyLookups", WebClient.problem(refused).getString("code"));
        assertEquals(429, anyone.get("verify/" + number + "?code=" + code + "&lang=en").statusCode());
        for (Language language : Language.values()) {
            HttpResponse<String> waits = VerifyPage.checkCredential(anyone, language, genuine);
            assertEquals(429, waits.statusCode());
            assertTrue(waits.body().contains(Messages.text(language, "certificate.error.tooManyLookups")), waits.body());
        }
    }

}
