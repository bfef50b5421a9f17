package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.enterprise.concurrent.ManagedExecutorService;
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
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.naming.InitialContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Role;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Eventually;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.TestAccounts;
import org.tadreeb.testing.TestCourses;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * Certificates and the mail they cause, on the real server with a real SMTP server (GreenMail), in one deployment.
 * <p>
 * How certificates reach people, on a completed cohort of CP101 of this class's own, CML-0 (orders 1 to 6): the
 * trainee's mail on issue (single, bulk, reissue) leaves in their language with the PDF attached; an administrator
 * downloads a cohort's certificates as one PDF or a ZIP; a transcript as a PDF, for whom may see it; a pasted
 * credential checked on {@code /verify} with its certificate's live status (the look-up throttle is tested on a
 * server of its own: the shared one allows 1000 failures).
 * <p>
 * Expiry, on holders of two completed cohorts of their own, CML2-EXP and CML2-REN, of a course of their own, CML2
 * (a copy of CP101; orders 11 to 17): the round run as on chosen days reminds each holder 60, 30 and 7 days before,
 * once each however often it runs; a certificate found late gets only the most urgent reminder; revoked, replaced
 * and superseded certificates get none; two claims at once remind once; the administrators' digest lists the day's
 * reminders in each administrator's language. Then the compliance view's query, filters, export, API and
 * nomination, filtered to CML2.
 * <p>
 * On the shared deployment every trainee, holder, administrator whose pages are opened, and mail address here is
 * this class's own (service numbers CML-... and CMLX-..., addresses cml-...@example.org), so no demo record is read
 * whose language, mail or certificates other tests change, and mail is read per address. The expiry rounds run
 * about 27 years from today and this part's certificates are made to expire then, so no other test's certificate
 * (they expire within a few years) falls in their windows; the digests are counted by the ones that list this
 * class's holders. Each part runs in order; neither depends on the other having run or not: they share no cohort,
 * trainee or recipient whose mail is read (the delivery part's certificates expire long before the days the rounds
 * run on). The expiry round's timer is off, the rounds being run by hand; certificates are numbered TST-, which the
 * reminders are checked for.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateMailIT {

    private static final Set<Role> TRAINEE_ONLY = Set.of(Role.TRAINEE);

    /** The delivery part's completed cohort of CP101, and one with nothing to print. */
    private static final String COHORT = "CML-0";
    private static final String NOTHING_TO_PRINT = "CML-NONE";
    /** The delivery part's holders: the first (with an account) reads Arabic, the second English. */
    private static final String AHMAD = "CML-H1";
    private static final String AHMAD_USER = "cml-ahmad";
    private static final String AHMAD_ARABIC = "خالد يوسف العمري";
    private static final String AHMAD_LATIN = "Khaled Yousef Al-Omari";
    private static final String MARIAM = "CML-H2";
    private static final String MARIAM_LATIN = "Reem Abdullah";
    private static final String AHMAD_MAIL = "cml-h1@example.org";
    private static final String MARIAM_MAIL = "cml-h2@example.org";
    /** Like the demo's CP101-0: three passed classmates and one who failed. */
    private static final int CLASSMATES_PASSED = 3;
    /** A person of the demo coordinator's organisation (GOV-EDU), of this class's own. */
    private static final String COORDINATORS_PERSON = "CML-G1";
    /** An administrator of this class's own, whose pages are opened in a language without changing the demo one's. */
    private static final String ADMIN_USER = "cml-admin";

    /**
     * The days of the round are counted from this many days (about 27 years) after today: the real timer never
     * reaches them, and no certificate but this part's own expires near them.
     */
    private static final int BASE = 10_000;
    /** The expiry part's course (a copy of CP101), so that its next cohort and compliance rows are its own. */
    private static final String COURSE = "CML2";
    /** The expiry holders' cohorts, both of CML2 and completed: the first ended 107 days ago, the other 11. */
    private static final String PAST = "CML2-EXP";
    private static final String RENEWAL = "CML2-REN";
    private static final String NEXT = "CML2-R";
    /** The expiry part's administrator who signs in (English) and its trainee account (for a refusal). */
    private static final String EXPIRY_ADMIN = "cml-admin-en";
    private static final String EXPIRY_TRAINEE = "cmlx-trainee";
    /** Every expiry holder's service number starts so: a digest that lists one is one of this class's rounds'. */
    private static final String HOLDERS = "CMLX-";
    private static final String ARABIC_SUBJECT = "تنتهي صلاحية شهادتك";
    private static final String ENGLISH_SUBJECT = "Your certificate";
    /** Issuing mails the trainee too ("Your certificate ... is issued"): only the reminders say when it expires. */
    private static final String ENGLISH_EXPIRES = " expires on ";

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void prepareAndIssueOneCertificate() {
        TestCertificates cohorts = bean(TestCertificates.class);
        cohorts.completedCohort(COHORT, 31);
        cohorts.completedCohort(NOTHING_TO_PRINT, 33);
        TestAccounts holders = bean(TestAccounts.class);
        holders.person(AHMAD, AHMAD_ARABIC, AHMAD_LATIN, AHMAD_MAIL, Language.ARABIC, "CPD-CAP", AHMAD_USER, TRAINEE_ONLY);
        holders.person(MARIAM, "ريم عبدالله", MARIAM_LATIN, MARIAM_MAIL, Language.ENGLISH, "CPD-CAP", null, TRAINEE_ONLY);
        holders.person(COORDINATORS_PERSON, "غادة التعليم", "Ghada Education", null, Language.ENGLISH, "GOV-EDU", null, TRAINEE_ONLY);
        bean(TestAccounts.class).open("CML-ADM", ADMIN_USER, "Cml Admin", "cml-admin@example.org", Language.ENGLISH,
                null, Set.of(Role.ADMINISTRATOR));
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= CLASSMATES_PASSED + 1; i++) {
            people.enrolNewTrainee(COHORT, "CML-P" + i, "زميل " + i, "Classmate " + i, "cml-p" + i + "@example.org",
                    Language.ENGLISH, i <= CLASSMATES_PASSED ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED);
        }
        people.place(COHORT, AHMAD, EnrolmentStatus.COMPLETED);
        people.place(COHORT, MARIAM, EnrolmentStatus.COMPLETED);
        assertTrue(bean(CertificateService.class).issue(COHORT, AHMAD, "admin").created());
    }

    @Test
    @Order(2)
    @RunAsClient
    void anArabicReaderReceivesTheirCertificateInArabicWithThePdfAttached() throws Exception {
        String number = numberOf(AHMAD);
        MimeMessage mail = TestMailbox.awaitMessages(SharedDeployment.mailbox(), AHMAD_MAIL, 1).get(0);
        assertEquals("ar", mail.getHeader("Content-Language", null));
        assertEquals(Messages.text(Language.ARABIC, MailKind.CERTIFICATE_ISSUED.subjectKey()).replace("{{number}}", number),
                mail.getSubject());
        assertTrue(mail.isMimeType("multipart/mixed"), mail.getContentType());
        String text = TestMailbox.text(mail);
        assertTrue(text.contains("مرحبًا " + AHMAD_ARABIC) && text.contains("أساسيات الشرطة المجتمعية")
                && text.contains(number) && text.contains("/verify/" + number + "?code="), text);
        assertTrue(html(mail).contains("dir=\"rtl\""), html(mail));

        Attachment pdf = attachment(mail);
        assertEquals(number + ".pdf", pdf.name());
        assertEquals("application/pdf", pdf.type());
        String pdfText = pdfText(pdf.content());
        assertTrue(pdfText.contains(number), pdfText);
        assertTrue(pdfText.contains(normalised(AHMAD_ARABIC)), "the holder's Arabic name, in logical order: " + pdfText);
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
        MimeMessage english = TestMailbox.awaitMessages(SharedDeployment.mailbox(), MARIAM_MAIL, 1).get(0);
        assertEquals("en", english.getHeader("Content-Language", null));
        assertEquals("Your certificate " + mariams + " is issued", english.getSubject());
        String text = TestMailbox.text(english);
        assertTrue(text.contains("Dear " + MARIAM_LATIN) && text.contains("Community Policing Fundamentals")
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
        List<MimeMessage> ahmads = TestMailbox.awaitMessages(SharedDeployment.mailbox(), AHMAD_MAIL, 2);
        assertEquals(2, ahmads.size(), "one mail for the first certificate, one for its replacement");
        Attachment second = attachment(ahmads.get(1));
        assertEquals(replacement + ".pdf", second.name());
        assertTrue(pdfText(second.content()).contains(replacement));

        // The outbox page lists the messages with their attachment's file name.
        WebClient browser = new WebClient(deploymentUrl);
        browser.signIn(ADMIN_USER, TestAccounts.PASSWORD);
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
        assertEquals(CLASSMATES_PASSED + 2, printable.size(), "the three passed classmates, Mariam and Ahmad's replacement");

        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(ADMIN_USER, TestAccounts.PASSWORD);
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
        HttpResponse<byte[]> empty = admin.getBytes("admin/cohorts/certificates.zip?code=" + NOTHING_TO_PRINT);
        assertEquals(302, empty.statusCode());
        String back = empty.headers().firstValue("Location").orElseThrow();
        assertTrue(back.contains("/admin/cohorts/certificates.xhtml?code=" + NOTHING_TO_PRINT + "&nothingToPrint=true"), back);
        HttpResponse<String> page = admin.get("admin/cohorts/certificates.xhtml?code=" + NOTHING_TO_PRINT + "&nothingToPrint=true&lang=en");
        assertTrue(page.body().contains(Messages.text(Language.ENGLISH, "certificates.print.nothing"))
                && page.body().contains("role=\"alert\""), page.body());
        assertEquals(404, admin.getBytes("admin/cohorts/certificates.pdf?code=NO-SUCH").statusCode());

        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(AHMAD_USER, TestAccounts.PASSWORD);
        assertEquals(403, trainee.getBytes("admin/cohorts/certificates.pdf?code=" + COHORT).statusCode());
        assertEquals(302, new WebClient(deploymentUrl).getBytes("admin/cohorts/certificates.zip?code=" + COHORT).statusCode(),
                "anonymous callers are sent to sign in");
    }

    @Test
    @Order(5)
    @RunAsClient
    void aTranscriptDownloadsAsAPdfForWhoeverMaySeeIt() throws Exception {
        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(AHMAD_USER, TestAccounts.PASSWORD);
        HttpResponse<byte[]> arabic = trainee.getBytes("trainee/transcript.pdf?lang=ar");
        assertEquals(200, arabic.statusCode());
        assertEquals("application/pdf", arabic.headers().firstValue("Content-Type").orElse("").replaceAll(";.*", ""));
        String text = pdfText(arabic.body());
        for (String expected : new String[] {"السجل التدريبي", AHMAD_ARABIC, AHMAD_LATIN, AHMAD,
                "ساعات التدريب المكتملة", "أساسيات الشرطة المجتمعية", "مكتمل", COHORT}) {
            assertTrue(text.contains(normalised(expected)), "finds «" + expected + "» in logical order in:\n" + text);
        }
        String english = pdfText(trainee.getBytes("trainee/transcript.pdf?lang=en").body());
        for (String expected : new String[] {"Training transcript", AHMAD_LATIN, AHMAD_ARABIC,
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
        admin.signIn(ADMIN_USER, TestAccounts.PASSWORD);
        HttpResponse<byte[]> anyone = admin.getBytes("admin/people/transcript.pdf?number=" + MARIAM + "&lang=en");
        assertEquals(200, anyone.statusCode());
        assertTrue(pdfText(anyone.body()).contains(MARIAM_LATIN));
        assertEquals(404, admin.getBytes("admin/people/transcript.pdf?number=NO-SUCH").statusCode());
        assertTrue(admin.get("admin/people/transcript.xhtml?number=" + MARIAM).body()
                .contains("/admin/people/transcript.pdf?number=" + MARIAM), "the page links its PDF");
    }

    @Test
    @Order(6)
    @RunAsClient
    void aPastedCredentialIsCheckedBySignatureAndLiveStatus() {
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
            String answer = VerifyPage.checkCredential(anyone, language, valid).body();
            assertTrue(answer.contains(Messages.text(language, "verify.outcome.VALID"))
                    && answer.contains(Messages.text(language, "verify.credential.genuine"))
                    && answer.contains(current), answer);
            String revokedAnswer = VerifyPage.checkCredential(anyone, language, ofRevoked).body();
            assertTrue(revokedAnswer.contains(Messages.text(language, "verify.outcome.REVOKED")), "status is live: " + revokedAnswer);
            HttpResponse<String> forged = VerifyPage.checkCredential(anyone, language, tampered);
            assertEquals(200, forged.statusCode());
            assertTrue(forged.body().contains(Messages.text(language, "verify.outcome.NOT_GENUINE"))
                    && !forged.body().contains("verifiedHolder"), forged.body());
        }
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

    private static LocalDate today() {
        return bean(CentreClock.class).today();
    }

    private static LocalDate base() {
        return today().plusDays(BASE);
    }

    /** The trainee's current certificate of the cohort (issuing is idempotent: this only reads once issued). */
    private static String number(String cohort, String serviceNumber) {
        return bean(CertificateService.class).issue(cohort, serviceNumber, "admin").number();
    }

    private static void holder(String serviceNumber, String name, String email, String organisation, Language language,
                               String... cohorts) {
        TestEnrolments people = bean(TestEnrolments.class);
        people.createTrainee(serviceNumber, name, email, organisation, language);
        for (String cohort : cohorts) {
            people.place(cohort, serviceNumber, EnrolmentStatus.COMPLETED);
        }
    }

    private static CertificateExpiryRound.Summary runOn(int daysAfterBase) {
        return bean(CertificateExpiryRound.class).runFor(base().plusDays(daysAfterBase));
    }

    @Test
    @Order(11)
    void prepare() {
        bean(TestCourses.class).copyOf("CP101", COURSE);
        bean(TestCertificates.class).completedCohort(PAST, COURSE, 107);
        bean(TestCertificates.class).completedCohort(RENEWAL, COURSE, 11);
        holder("CMLX-A", "Amal Expiring", "cml-exp-a@example.org", "CPD-NOR", Language.ARABIC, PAST);
        holder("CMLX-B", "Basel Late", "cml-exp-b@example.org", "GOV-EDU", Language.ENGLISH, PAST);
        holder("CMLX-C", "Carim Revoked", "cml-exp-c@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        holder("CMLX-D", "Dana Reissued", "cml-exp-d@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        holder("CMLX-N", "Nadia Renewed", "cml-exp-n@example.org", "CPD-CAP", Language.ENGLISH, PAST, RENEWAL);
        holder("CMLX-M", "Maher Nomail", null, "CSO-YOUTH", Language.ENGLISH, PAST);
        holder("CMLX-E", "Eyad Race", "cml-exp-e@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        // Administrators of this part's own, whose digests are read: the demo's one prefers whatever language other
        // tests' pages were last opened in (?lang= is remembered for a signed-in account). The English one signs in.
        bean(TestAccounts.class).open("CML-ADM-EN", EXPIRY_ADMIN, "Adam English", "cml-admin-en@example.org",
                Language.ENGLISH, null, Set.of(Role.ADMINISTRATOR));
        bean(TestExpiry.class).addAdministrator("cml-admin-ar", "CML-ADM-AR", "Asma Arabic", "cml-admin-ar@example.org",
                Language.ARABIC);
        bean(TestAccounts.class).open("CMLX-T", EXPIRY_TRAINEE, "Tamer Trainee", "cmlx-trainee@example.org",
                Language.ENGLISH, null, Set.of(Role.TRAINEE));

        TestCertificates certificates = bean(TestCertificates.class);
        certificates.expire(number(PAST, "CMLX-A"), base().plusDays(60));
        certificates.expire(number(PAST, "CMLX-B"), base().plusDays(20));
        certificates.expire(number(PAST, "CMLX-C"), base().plusDays(30));
        bean(CertificateService.class).revoke(number(PAST, "CMLX-C"), "Issued in error", "admin");
        String retired = number(PAST, "CMLX-D");
        certificates.expire(retired, base().plusDays(30));
        String replacement = bean(CertificateService.class).reissue(retired, "Name corrected", "admin").number();
        Certificate renewed = bean(CertificateRepository.class).getByNumber(replacement);
        assertEquals(renewed.getIssuedOn().plusMonths(12), renewed.getExpiresOn(), "the replacement is valid for the course's twelve months");
        assertTrue(renewed.getExpiresOn().isBefore(base()),
                "so it runs out long before the days the round runs on, and is never in their windows");
        certificates.expire(number(PAST, "CMLX-N"), base().plusDays(10));
        certificates.expire(number(RENEWAL, "CMLX-N"), base().plusDays(300));
        certificates.expire(number(PAST, "CMLX-M"), base().plusDays(60));
        certificates.expire(number(PAST, "CMLX-E"), base().plusDays(200));
    }

    @Test
    @Order(12)
    void eachThresholdIsRemindedOnceHoweverOftenTheRoundRuns() {
        assertEquals(new CertificateExpiryRound.Summary(3, 3), runOn(0),
                "60 days before A and M; B, found with 20 days left, only at 30; C revoked, D replaced, N renewed");
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(0), "the same day again: nothing, and no digest");
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(1), "the next day: nothing");
        assertEquals(new CertificateExpiryRound.Summary(1, 1), runOn(13), "B at 7 days");
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(14));
        assertEquals(new CertificateExpiryRound.Summary(2, 2), runOn(30), "A and M at 30 days");
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(30));
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(31));
        assertEquals(new CertificateExpiryRound.Summary(2, 2), runOn(53), "A and M at 7 days");
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(53));
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(54));
        assertEquals(new CertificateExpiryRound.Summary(0, 0), runOn(70), "expired: no more reminders");

        TestExpiry expiry = bean(TestExpiry.class);
        assertEquals(List.of("60", "30", "7"), expiry.remindersOf(number(PAST, "CMLX-A")));
        assertEquals(List.of("30", "7"), expiry.remindersOf(number(PAST, "CMLX-B")), "found late: never the 60-day reminder");
        assertEquals(List.of("60-nomail", "30-nomail", "7-nomail"), expiry.remindersOf(number(PAST, "CMLX-M")));
        assertEquals(List.of(), expiry.remindersOf(number(PAST, "CMLX-C")), "revoked");
        assertEquals(List.of(), expiry.remindersOf(number(PAST, "CMLX-N")), "a newer valid certificate of the course");
    }

    @Test
    @Order(13)
    void twoInstancesClaimingOneReminderAtOnceRemindOnce() throws Exception {
        long id = bean(CertificateRepository.class).getByNumber(number(PAST, "CMLX-E")).getId();
        LocalDate day = base().plusDays(150);
        CertificateReminders reminders = bean(CertificateReminders.class);
        ManagedExecutorService pool = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        CountDownLatch start = new CountDownLatch(1);
        Callable<Boolean> claim = () -> {
            start.await();
            return reminders.remind(id, 60, day);
        };
        Future<Boolean> first = pool.submit(claim);
        Future<Boolean> second = pool.submit(claim);
        start.countDown();
        assertTrue(first.get() ^ second.get(), "exactly one of the two claims reminds");
        assertEquals(List.of("60"), bean(TestExpiry.class).remindersOf(number(PAST, "CMLX-E")));
        assertEquals(1, reminders.sendDigest(day), "E goes into one digest");
        assertEquals(0, reminders.sendDigest(day), "and only one");
    }

    @Test
    @Order(14)
    @RunAsClient
    void theTraineesAndTheAdministratorsAreWrittenToInTheirLanguage() {
        List<String> arabic = TestMailbox.awaitSubjects(SharedDeployment.mailbox(), "cml-exp-a@example.org",
                s -> s.stream().filter(t -> t.contains(ARABIC_SUBJECT)).count() >= 3);
        List<String> english = TestMailbox.awaitSubjects(SharedDeployment.mailbox(), "cml-exp-b@example.org",
                s -> s.stream().filter(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))).count() >= 2);
        // Every administrator gets every round's digest: the ones of this class's rounds are those listing its holders.
        List<String> digestsAt = List.of("cml-admin-ar@example.org", "cml-admin-en@example.org", "admin@demo.tadreeb.local");
        for (String address : digestsAt) {
            Eventually.await(() -> digestsListingTheHolders(address), n -> n >= 5, Duration.ofSeconds(30));
        }
        pause();
        assertEquals(3, TestMailbox.subjectsTo(SharedDeployment.mailbox(), "cml-exp-a@example.org").stream().filter(t -> t.contains(ARABIC_SUBJECT)).count(),
                "A: 60, 30 and 7 days, once each: " + arabic);
        assertEquals(2, TestMailbox.subjectsTo(SharedDeployment.mailbox(), "cml-exp-b@example.org").stream().filter(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))).count(),
                "B: 30 and 7 days: " + english);
        for (String address : List.of("cml-exp-c@example.org", "cml-exp-d@example.org", "cml-exp-n@example.org")) {
            assertTrue(TestMailbox.subjectsTo(SharedDeployment.mailbox(), address).stream().noneMatch(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))), address);
        }
        assertEquals(5, digestsListingTheHolders("cml-admin-ar@example.org"), "one digest per day with reminders: "
                + TestMailbox.subjectsTo(SharedDeployment.mailbox(), "cml-admin-ar@example.org"));
        assertEquals(5, digestsListingTheHolders("cml-admin-en@example.org"), "and the same in English: "
                + TestMailbox.subjectsTo(SharedDeployment.mailbox(), "cml-admin-en@example.org"));
        assertEquals(5, digestsListingTheHolders("admin@demo.tadreeb.local"), "and to the demo's administrator");

        String reminder = TestMailbox.awaitText(SharedDeployment.mailbox(), "cml-exp-a@example.org", t -> t.contains("تنتهي صلاحية شهادتك"));
        assertTrue(reminder.contains("أساسيات الشرطة المجتمعية"), reminder);
        assertTrue(reminder.contains("/courses/" + COURSE), "where to find the next cohort: " + reminder);
        assertTrue(reminder.contains("لم تُخطَّط دفعة جديدة"), "no cohort of the course is planned yet: " + reminder);
        String late = TestMailbox.awaitText(SharedDeployment.mailbox(), "cml-exp-b@example.org", t -> t.contains("expires on"));
        assertTrue(late.contains("Community Policing Fundamentals") && late.contains("TST-"), late);

        String firstArabic = TestMailbox.awaitText(SharedDeployment.mailbox(), "cml-admin-ar@example.org", t -> t.contains("CMLX-A") && t.contains("CMLX-B"));
        assertTrue(firstArabic.contains("بلغت الشهادات التالية") && firstArabic.contains("CMLX-M"), firstArabic);
        assertTrue(firstArabic.contains("لا بريد إلكتروني"), "M had no address to be reminded at: " + firstArabic);
        assertFalse(firstArabic.contains("CMLX-C") || firstArabic.contains("CMLX-D") || firstArabic.contains("CMLX-N"), firstArabic);
        String firstEnglish = TestMailbox.awaitText(SharedDeployment.mailbox(), "cml-admin-en@example.org", t -> t.contains("CMLX-A") && t.contains("CMLX-B"));
        assertTrue(firstEnglish.contains("These certificates reached an expiry reminder")
                && firstEnglish.contains("Basel Late") && firstEnglish.contains("(30-day reminder)"), firstEnglish);
        assertTrue(firstEnglish.contains("/admin/compliance.xhtml"), firstEnglish);
    }

    @Test
    @Order(15)
    void theComplianceViewListsEachHoldersLatestCertificateFilteredInTheDatabase() {
        TestCertificates certificates = bean(TestCertificates.class);
        LocalDate today = today();
        certificates.expire(number(PAST, "CMLX-A"), today.plusDays(10));
        certificates.expire(number(PAST, "CMLX-B"), today.minusDays(5));
        certificates.expire(number(PAST, "CMLX-M"), today.plusDays(100));
        certificates.expire(number(PAST, "CMLX-C"), today.plusDays(5));
        certificates.expire(number(PAST, "CMLX-N"), today.minusDays(30));
        certificates.expire(number(RENEWAL, "CMLX-N"), today.plusDays(300));
        ComplianceReport report = bean(ComplianceReport.class);

        // Every certificate in the database is in the report: each question is asked of this part's course (the
        // course filter itself is checked below), whose holders are all this class's own.
        assertEquals(List.of("CMLX-B", "CMLX-A"), holders(report.search(ComplianceFilter.of(null, COURSE, null, null), 0, 25)),
                "the default 60 days: the expired first; C revoked, N renewed, M later");
        assertEquals(List.of("CMLX-B", "CMLX-A", "CMLX-M"), holders(report.search(ComplianceFilter.of(120, COURSE, null, null), 0, 25)));
        assertEquals(List.of("CMLX-B"), holders(report.search(ComplianceFilter.of(0, COURSE, null, null), 0, 25)), "0: expired only");
        assertEquals(List.of("CMLX-B"), holders(report.search(ComplianceFilter.of(120, COURSE, "gov-edu", null), 0, 25)));
        assertEquals(List.of("CMLX-A"), holders(report.search(ComplianceFilter.of(120, COURSE, null, "NOR"), 0, 25)));
        assertEquals(List.of("CMLX-M"), holders(report.search(ComplianceFilter.of(120, COURSE, "CSO-YOUTH", "SOU"), 0, 25)));
        assertTrue(holders(report.search(ComplianceFilter.of(120, null, null, null), 0, 25 * 40)).containsAll(
                List.of("CMLX-B", "CMLX-A", "CMLX-M")), "without a course filter they are listed among everyone's");
        assertEquals(List.of(), holders(report.search(ComplianceFilter.of(120, "CP205", null, null), 0, 1000)).stream()
                .filter(holder -> holder.startsWith(HOLDERS)).toList(), "another course lists none of them");
        ComplianceReport.Page second = report.search(ComplianceFilter.of(120, COURSE, null, null), 1, 1);
        assertEquals(3, second.total());
        assertEquals(List.of("CMLX-A"), holders(second), "paged in the database");
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> ComplianceFilter.of(-1, null, null, null));
        assertEquals("withinDays", negative.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> ComplianceFilter.of(3651, null, null, null));
        assertThrows(InvalidInputException.class, () -> ComplianceFilter.fromQuery("soon", null, null, null));
    }

    @Test
    @Order(16)
    void nominationGoesThroughTheAdministratorsEnrolment() {
        Recertification recertification = bean(Recertification.class);
        BusinessException none = assertThrows(BusinessException.class, () -> recertification.nominate(number(PAST, "CMLX-A"), "admin"));
        assertEquals("expiry.error.noUpcomingCohort", none.messageKey());

        CohortService cohorts = bean(CohortService.class);
        // A day and hours of this class's own, so that the instructor and the room clash with no other test's cohort.
        LocalDate start = today().plusDays(97);
        cohorts.plan(new CohortDetails(NEXT, COURSE, start, start.plusDays(5), "CAP-R3", 1, null, start.minusDays(1),
                false, List.of("instructor")));
        cohorts.addMeeting(NEXT, new MeetingDetails(start, LocalTime.of(13, 0), LocalTime.of(15, 0), null, null));
        cohorts.open(NEXT);

        Recertification.Nomination seated = recertification.nominate(number(PAST, "CMLX-A"), "admin");
        assertEquals(NEXT, seated.cohort().code());
        assertEquals(EnrolmentStatus.ENROLLED, seated.outcome().status());
        assertTrue(seated.outcome().changed());
        Recertification.Nomination again = recertification.nominate(number(PAST, "CMLX-A"), "admin");
        assertEquals(EnrolmentStatus.ENROLLED, again.outcome().status());
        assertFalse(again.outcome().changed(), "nominating twice changes nothing");
        Recertification.Nomination waiting = recertification.nominate(number(PAST, "CMLX-B"), "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, waiting.outcome().status(), "one seat: the next waits");
        assertEquals(1, waiting.outcome().waitlistPosition());
        bean(TestExpiry.class).deactivate("CMLX-M");
        BusinessException inactive = assertThrows(BusinessException.class, () -> recertification.nominate(number(PAST, "CMLX-M"), "admin"));
        assertEquals("enrolment.error.inactive", inactive.messageKey());
    }

    @Test
    @Order(17)
    @RunAsClient
    void exportApiAndTheNominatedTraineesMail() {
        WebClient page = new WebClient(deploymentUrl).acceptLanguage("en");
        page.signIn(EXPIRY_ADMIN, TestAccounts.PASSWORD);
        HttpResponse<String> csv = page.get("admin/compliance.csv?withinDays=120&course=" + COURSE + "&lang=en");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(0).contains("Expires on"), lines.get(0));
        assertTrue(lines.get(1).startsWith("CMLX-B,") && lines.get(1).contains(",Expired,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("CMLX-A,") && lines.get(2).contains("North Region Police"), lines.get(2));
        assertEquals(2, page.get("admin/compliance.csv?withinDays=0&course=" + COURSE).body().lines().count());
        assertEquals(400, page.get("admin/compliance.csv?withinDays=-3").statusCode());
        String html = page.get("admin/compliance.xhtml?withinDays=120&course=" + COURSE + "&lang=en").body();
        assertTrue(html.contains("Basel Late") && html.contains(NEXT), "the page lists the holders and the next cohort");

        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String trainee = api.issueToken(EXPIRY_TRAINEE, TestAccounts.PASSWORD);
        JsonObject listed = WebClient.json(api.get("api/v1/certificates/compliance?withinDays=120&organisation=GOV-EDU&course="
                        + COURSE, admin))
                .asJsonObject();
        assertEquals(1, listed.getInt("total"));
        assertEquals("CMLX-B", listed.getJsonArray("rows").getJsonObject(0).getString("serviceNumber"));
        assertTrue(listed.getJsonArray("rows").getJsonObject(0).getBoolean("expired"));
        assertEquals(403, api.get("api/v1/certificates/compliance", trainee).statusCode());
        assertEquals(401, api.get("api/v1/certificates/compliance", null).statusCode());
        HttpResponse<String> wrong = api.get("api/v1/certificates/compliance?withinDays=5000", admin);
        assertEquals(422, wrong.statusCode(), wrong.body());

        TestMailbox.awaitSubjects(SharedDeployment.mailbox(), "cml-exp-a@example.org", s -> s.contains("تأكّد التحاقك بالدفعة"));
        TestMailbox.awaitSubjects(SharedDeployment.mailbox(), "cml-exp-b@example.org", s -> s.stream().anyMatch(t -> t.toLowerCase().contains("waiting")));
    }

    private static List<String> holders(ComplianceReport.Page page) {
        return page.rows().stream().map(ComplianceRow::serviceNumber).toList();
    }

    /**
     * How many digests the address has received that list one of this class's expiry holders (every administrator
     * gets every round's digest; only this class's rounds list its holders). A loop, not a lambda: this class is
     * also loaded inside the server (see {@link TestMailbox#awaitText}).
     */
    private static int digestsListingTheHolders(String address) {
        int count = 0;
        for (MimeMessage message : TestMailbox.awaitMessages(SharedDeployment.mailbox(), address, 0)) {
            String text = TestMailbox.text(message);
            if (text != null && text.contains(HOLDERS)) {
                count++;
            }
        }
        return count;
    }

    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
