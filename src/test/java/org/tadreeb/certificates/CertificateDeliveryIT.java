package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * How certificates reach people, on the real server: the trainee's mail on issue (single, bulk, reissue) leaves
 * through SMTP (GreenMail) in their language with the PDF attached; an administrator downloads a cohort's
 * certificates as one PDF or a ZIP; a transcript as a PDF, for whom may see it; a pasted credential checked on
 * {@code /verify} with its certificate's live status, and the look-up throttle counting forged ones. In order.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateDeliveryIT {

    private static final String COHORT = "CP101-0";
    /** The demo trainees: Ahmad reads Arabic, Mariam English. */
    private static final String AHMAD = "PS-104233";
    private static final String MARIAM = "PS-104871";
    private static final String AHMAD_MAIL = "trainee@demo.tadreeb.local";
    private static final String MARIAM_MAIL = "trainee2@demo.tadreeb.local";
    /** A person of the demo coordinator's organisation (GOV-EDU). */
    private static final String COORDINATORS_PERSON = "GOV-30011";

    /** A {@link TestMailbox}, typed loosely: this class is also loaded inside the server, where GreenMail is absent. */
    private static AutoCloseable mailbox;

    @Deployment
    static WebArchive deployment() throws Exception {
        TestMailbox testMailbox = new TestMailbox();
        mailbox = testMailbox;
        Path keys = Files.createTempDirectory(Path.of("target"), "certificate-keys").toAbsolutePath();
        Map<String, String> settings = new HashMap<>(testMailbox.settings());
        settings.put("tadreeb.certificates.key-path", keys.resolve("signing.pem").toString());
        return Deployments.tadreeb(TestDatabase.fresh(), settings).addClasses(TestEnrolments.class, TestCertificates.class);
    }

    @AfterAll
    static void stopMailbox() throws Exception {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void prepareAndIssueOneCertificate() {
        TestEnrolments people = bean(TestEnrolments.class);
        people.place(COHORT, AHMAD, EnrolmentStatus.COMPLETED);
        people.place(COHORT, MARIAM, EnrolmentStatus.COMPLETED);
        assertTrue(bean(CertificateService.class).issue(COHORT, AHMAD, "admin").created());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anArabicReaderReceivesTheirCertificateInArabicWithThePdfAttached() throws Exception {
        String number = numberOf(AHMAD);
        MimeMessage mail = TestMailbox.awaitMessages(mailbox, AHMAD_MAIL, 1).get(0);
        assertEquals("ar", mail.getHeader("Content-Language", null));
        assertEquals(Messages.text(Language.ARABIC, MailKind.CERTIFICATE_ISSUED.subjectKey()).replace("{{number}}", number),
                mail.getSubject());
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
        String text = TestMailbox.text(mail);
        assertTrue(text.contains("مرحبًا أحمد يوسف العلي") && text.contains("أساسيات الشرطة المجتمعية")
                && text.contains(number) && text.contains("/verify/" + number + "?code="), text);
        assertTrue(html(mail).contains("dir=\"rtl\""), html(mail));

        Attachment pdf = attachment(mail);
        assertEquals(number + ".pdf", pdf.name());
        assertEquals("application/pdf", pdf.type());
        String pdfText = pdfText(pdf.content());
        assertTrue(pdfText.contains(number), pdfText);
        assertTrue(pdfText.contains(normalised("أحمد يوسف العلي")), "the holder's Arabic name, in logical order: " + pdfText);
    }

    @Test
    @Order(3)
    @RunAsClient
    void anEnglishReaderGetsTheirsFromTheBulkIssueAndAReissueSendsTheNewCertificate() throws Exception {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> bulk = client.post("api/v1/cohorts/" + COHORT + "/certificates", admin, "application/json", new byte[0]);
        assertEquals(200, bulk.statusCode(), bulk.body());
        assertEquals(1, WebClient.json(bulk).asJsonObject().getInt("alreadyIssued"), "Ahmad's was issued alone");

        String mariams = numberOf(MARIAM);
        MimeMessage english = TestMailbox.awaitMessages(mailbox, MARIAM_MAIL, 1).get(0);
        assertEquals("en", english.getHeader("Content-Language", null));
        assertEquals("Your certificate " + mariams + " is issued", english.getSubject());
        String text = TestMailbox.text(english);
        assertTrue(text.contains("Dear Mariam Abdullah") && text.contains("Community Policing Fundamentals")
                && text.contains("Certificate number: " + mariams), text);
        assertTrue(html(english).contains("dir=\"ltr\""));
        Attachment pdf = attachment(english);
        assertEquals(mariams + ".pdf", pdf.name());
        assertTrue(pdfText(pdf.content()).contains(mariams));

        String old = numberOf(AHMAD);
        HttpResponse<String> reissued = client.post("api/v1/certificates/" + old + "/reissue", admin, "application/json",
                "{\"reason\":\"The name was misspelt\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, reissued.statusCode(), reissued.body());
        String replacement = WebClient.json(reissued).asJsonObject().getString("number");
        List<MimeMessage> ahmads = TestMailbox.awaitMessages(mailbox, AHMAD_MAIL, 2);
        assertEquals(2, ahmads.size(), "one mail for the first certificate, one for its replacement");
        Attachment second = attachment(ahmads.get(1));
        assertEquals(replacement + ".pdf", second.name());
        assertTrue(pdfText(second.content()).contains(replacement));

        // The outbox page lists the messages with their attachment's file name.
        WebClient browser = new WebClient(deploymentUrl);
        browser.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> outbox = browser.get("admin/outbox.xhtml?lang=en");
        assertEquals(200, outbox.statusCode());
        assertTrue(outbox.body().contains(replacement + ".pdf") && outbox.body().contains(mariams + ".pdf")
                && outbox.body().contains("Certificate issued"), outbox.body());
    }

    @Test
    @Order(4)
    @RunAsClient
    void anAdministratorDownloadsTheCohortsCertificatesAsOnePdfOrAZip() throws Exception {
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        Set<String> printable = new HashSet<>();
        for (JsonValue row : WebClient.json(api.get("api/v1/cohorts/" + COHORT + "/certificates", token)).asJsonArray()) {
            JsonObject certificate = row.asJsonObject();
            if (certificate.containsKey("number") && !"REVOKED".equals(certificate.getString("status"))) {
                printable.add(certificate.getString("number"));
            }
        }
        assertEquals(5, printable.size(), "the demo's three passed trainees, Mariam and Ahmad's replacement");

        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<byte[]> merged = admin.getBytes("admin/cohorts/certificates.pdf?code=" + COHORT);
        assertEquals(200, merged.statusCode());
        assertEquals("application/pdf", merged.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        try (PDDocument pdf = Loader.loadPDF(merged.body())) {
            assertEquals(printable.size(), pdf.getNumberOfPages(), "a page per certificate");
            String text = new PDFTextStripper().getText(pdf);
            for (String number : printable) {
                assertTrue(text.contains(number), number);
            }
        }

        HttpResponse<byte[]> zip = admin.getBytes("admin/cohorts/certificates.zip?code=" + COHORT);
        assertEquals(200, zip.statusCode());
        assertTrue(zip.headers().firstValue("Content-Disposition").orElse("").contains("certificates-" + COHORT + ".zip"));
        Set<String> entries = new HashSet<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
                String number = entry.getName().replace(".pdf", "");
                try (PDDocument single = Loader.loadPDF(in.readAllBytes())) {
                    assertEquals(1, single.getNumberOfPages());
                    assertTrue(new PDFTextStripper().getText(single).contains(number), entry.getName());
                }
            }
        }
        Set<String> expected = new HashSet<>();
        printable.forEach(number -> expected.add(number + ".pdf"));
        assertEquals(expected, entries, "one PDF per certificate, named by its number");

        // A cohort with nothing to print says so on its page instead of sending an empty file.
        HttpResponse<byte[]> empty = admin.getBytes("admin/cohorts/certificates.zip?code=CP101-A");
        assertEquals(302, empty.statusCode());
        String back = empty.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("/admin/cohorts/certificates.xhtml?code=CP101-A&nothingToPrint=true"), back);
        HttpResponse<String> page = admin.get("admin/cohorts/certificates.xhtml?code=CP101-A&nothingToPrint=true&lang=en");
        assertTrue(page.body().contains(Messages.text(Language.ENGLISH, "certificates.print.nothing"))
                && page.body().contains("role=\"alert\""), page.body());
        assertEquals(404, admin.getBytes("admin/cohorts/certificates.pdf?code=NO-SUCH").statusCode());

        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, trainee.getBytes("admin/cohorts/certificates.pdf?code=" + COHORT).statusCode());
        assertEquals(302, new WebClient(deploymentUrl).getBytes("admin/cohorts/certificates.zip?code=" + COHORT).statusCode(),
                "anonymous callers are sent to sign in");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aTranscriptDownloadsAsAPdfForWhoeverMaySeeIt() throws Exception {
        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        HttpResponse<byte[]> arabic = trainee.getBytes("trainee/transcript.pdf?lang=ar");
        assertEquals(200, arabic.statusCode());
        assertEquals("application/pdf", arabic.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        String text = pdfText(arabic.body());
        for (String expected : new String[] {"السجل التدريبي", "أحمد يوسف العلي", "Ahmad Yousef Al-Ali", AHMAD,
                "ساعات التدريب المكتملة", "أساسيات الشرطة المجتمعية", "مكتمل", COHORT}) {
            assertTrue(text.contains(normalised(expected)), "finds «" + expected + "» in logical order in:\n" + text);
        }
        String english = pdfText(trainee.getBytes("trainee/transcript.pdf?lang=en").body());
        for (String expected : new String[] {"Training transcript", "Ahmad Yousef Al-Ali", "أحمد يوسف العلي",
                "Community Policing Fundamentals", "Completed"}) {
            assertTrue(english.contains(normalised(expected)), "finds «" + expected + "» in:\n" + english);
        }
        assertEquals(403, trainee.getBytes("trainee/transcript.pdf?number=" + MARIAM).statusCode(), "another trainee's");
        assertEquals(403, trainee.getBytes("admin/people/transcript.pdf?number=" + AHMAD).statusCode());

        WebClient coordinator = new WebClient(deploymentUrl);
        coordinator.signIn(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
        HttpResponse<byte[]> ownOrganisation = coordinator.getBytes("coordinator/transcript.pdf?number=" + COORDINATORS_PERSON);
        assertEquals(200, ownOrganisation.statusCode());
        assertTrue(pdfText(ownOrganisation.body()).contains(COORDINATORS_PERSON));
        assertEquals(403, coordinator.getBytes("coordinator/transcript.pdf?number=" + AHMAD).statusCode(),
                "a person of another organisation");

        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<byte[]> anyone = admin.getBytes("admin/people/transcript.pdf?number=" + MARIAM + "&lang=en");
        assertEquals(200, anyone.statusCode());
        assertTrue(pdfText(anyone.body()).contains("Mariam Abdullah"));
        assertEquals(404, admin.getBytes("admin/people/transcript.pdf?number=NO-SUCH").statusCode());
        assertTrue(admin.get("admin/people/transcript.xhtml?number=" + MARIAM).body()
                .contains("/admin/people/transcript.pdf?number=" + MARIAM), "the page links its PDF");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aPastedCredentialIsCheckedBySignatureAndLiveStatusAndForgeriesCountAsFailures() {
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String current = numberOf(AHMAD);
        String revoked = WebClient.json(api.get("api/v1/certificates/" + current, token)).asJsonObject().getString("replaces");
        String valid = api.get("api/v1/certificates/" + current + "/credential", token).body();
        String ofRevoked = api.get("api/v1/certificates/" + revoked + "/credential", token).body();
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];

        WebClient anyone = new WebClient(deploymentUrl);
        for (Language language : Language.values()) {
            String answer = checkCredential(anyone, language, valid).body();
            assertTrue(answer.contains(Messages.text(language, "verify.outcome.VALID"))
                    && answer.contains(Messages.text(language, "verify.credential.genuine"))
                    && answer.contains(current), answer);
            String revokedAnswer = checkCredential(anyone, language, ofRevoked).body();
            assertTrue(revokedAnswer.contains(Messages.text(language, "verify.outcome.REVOKED")), "status is live: " + revokedAnswer);
            HttpResponse<String> forged = checkCredential(anyone, language, tampered);
            assertEquals(200, forged.statusCode());
            assertTrue(forged.body().contains(Messages.text(language, "verify.outcome.NOT_GENUINE"))
                    && !forged.body().contains("verifiedHolder"), forged.body());
        }
        // Two forgeries so far; eight more reach the limit of ten failed look-ups, then even a genuine one waits.
        for (int i = 0; i < 8; i++) {
            assertEquals(200, checkCredential(anyone, Language.ENGLISH, "not.a." + i).statusCode());
        }
        HttpResponse<String> refused = checkCredential(anyone, Language.ENGLISH, valid);
        assertEquals(429, refused.statusCode());
        assertTrue(refused.body().contains(Messages.text(Language.ENGLISH, "certificate.error.tooManyLookups")));
    }

    /** Pastes a credential into the form of {@code /verify} in the language given, as a visitor would. */
    private static HttpResponse<String> checkCredential(WebClient visitor, Language language, String credential) {
        HttpResponse<String> page = visitor.get("verify?lang=" + language.code());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("credentialForm", "credentialForm");
        form.put("credentialForm:credential", credential);
        form.put("credentialForm:checkCredential", "x");
        form.put("jakarta.faces.ViewState", WebClient.viewState(page.body()));
        return visitor.postForm("verify.xhtml", form);
    }

    private String numberOf(String serviceNumber) {
        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String token = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        for (JsonValue row : WebClient.json(api.get("api/v1/cohorts/" + COHORT + "/certificates", token)).asJsonArray()) {
            if (row.asJsonObject().getString("serviceNumber").equals(serviceNumber)) {
                return row.asJsonObject().getString("number");
            }
        }
        throw new AssertionError("No certificate for " + serviceNumber);
    }

    private record Attachment(String name, String type, byte[] content) {
    }

    /** The one attached file of a message. */
    private static Attachment attachment(MimeMessage message) throws Exception {
        List<Attachment> found = new ArrayList<>();
        Multipart parts = (Multipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                try (InputStream in = part.getInputStream()) {
                    found.add(new Attachment(part.getFileName(), part.getContentType().replaceAll(";.*", "").strip(),
                            in.readAllBytes()));
                }
            }
        }
        assertEquals(1, found.size(), "one attachment");
        assertNotNull(found.get(0).name());
        assertFalse(found.get(0).content().length == 0);
        return found.get(0);
    }

    /** The HTML part (inside the message's multipart/alternative). */
    private static String html(MimeMessage message) throws Exception {
        Multipart mixed = (Multipart) message.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        return (String) alternative.getBodyPart(1).getContent();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(new PDFTextStripper().getText(document));
        }
    }

    /** Presentation forms back to the letters people type; spaces evened out (as CertificatePdfTest does). */
    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
    }
}
