package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.BusinessException;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.InvalidInputException;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.TestMailbox;
import org.tadreeb.testing.WebClient;

/**
 * Expiry on the real database and a real SMTP server: the round run as on chosen days reminds each holder 60, 30
 * and 7 days before, once each however often it runs; a certificate found late gets only the most urgent
 * reminder; revoked, replaced and superseded certificates get none; two claims at once remind once; the
 * administrators' digest lists the day's reminders in each administrator's language. Then the compliance view's
 * query, filters, export, API and nomination. The methods run in order.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateExpiryIT {

    /** The days of the round are counted from this many days after today (the real timer never reaches them). */
    private static final int BASE = 200;
    private static final String PAST = "CP101-0";
    private static final String RUNNING = "CP101-A";
    private static final String ARABIC_SUBJECT = "تنتهي صلاحية شهادتك";
    private static final String ENGLISH_SUBJECT = "Your certificate";
    /** Issuing mails the trainee too ("Your certificate ... is issued"): only the reminders say when it expires. */
    private static final String ENGLISH_EXPIRES = " expires on ";

    /** A {@link TestMailbox}, typed loosely: this class is also loaded inside the server, where GreenMail is absent. */
    private static AutoCloseable mailbox;

    @Deployment
    static WebArchive deployment() throws Exception {
        java.nio.file.Path keys = java.nio.file.Files.createTempDirectory(java.nio.file.Path.of("target"), "certificate-keys")
                .toAbsolutePath();
        TestMailbox testMailbox = new TestMailbox();
        mailbox = testMailbox;
        Map<String, String> settings = new java.util.HashMap<>(testMailbox.settings());
        settings.put("tadreeb.certificates.prefix", "EXP");
        settings.put("tadreeb.certificates.reminders.enabled", "false");
        settings.put("tadreeb.certificates.key-path", keys.resolve("signing.pem").toString());
        return Deployments.tadreeb(TestDatabase.fresh(), settings)
                .addClasses(TestEnrolments.class, TestCertificates.class, TestExpiry.class);
    }

    @AfterAll
    static void stopMailbox() throws Exception {
        if (mailbox != null) {
            mailbox.close();
        }
    }

    @ArquillianResource
    URL deploymentUrl;

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
    @Order(1)
    void prepare() {
        holder("EXP-A", "Amal Expiring", "exp-a@example.org", "CPD-NOR", Language.ARABIC, PAST);
        holder("EXP-B", "Basel Late", "exp-b@example.org", "GOV-EDU", Language.ENGLISH, PAST);
        holder("EXP-C", "Carim Revoked", "exp-c@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        holder("EXP-D", "Dana Reissued", "exp-d@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        holder("EXP-N", "Nadia Renewed", "exp-n@example.org", "CPD-CAP", Language.ENGLISH, PAST, RUNNING);
        holder("EXP-M", "Maher Nomail", null, "CSO-YOUTH", Language.ENGLISH, PAST);
        holder("EXP-E", "Eyad Race", "exp-e@example.org", "CPD-CAP", Language.ENGLISH, PAST);
        bean(TestExpiry.class).addAdministrator("admin-en", "ADM-0002", "Adam English", "admin-en@example.org",
                Language.ENGLISH);

        TestCertificates certificates = bean(TestCertificates.class);
        certificates.expire(number(PAST, "EXP-A"), base().plusDays(60));
        certificates.expire(number(PAST, "EXP-B"), base().plusDays(20));
        certificates.expire(number(PAST, "EXP-C"), base().plusDays(30));
        bean(CertificateService.class).revoke(number(PAST, "EXP-C"), "Issued in error", "admin");
        String retired = number(PAST, "EXP-D");
        certificates.expire(retired, base().plusDays(30));
        String replacement = bean(CertificateService.class).reissue(retired, "Name corrected", "admin").number();
        assertTrue(bean(CertificateRepository.class).getByNumber(replacement).getExpiresOn().isAfter(base().plusDays(120)),
                "the replacement is valid for the course's twelve months, beyond the days the round runs on");
        certificates.expire(number(PAST, "EXP-N"), base().plusDays(10));
        certificates.expire(number(RUNNING, "EXP-N"), base().plusDays(300));
        certificates.expire(number(PAST, "EXP-M"), base().plusDays(60));
        certificates.expire(number(PAST, "EXP-E"), base().plusDays(200));
    }

    @Test
    @Order(2)
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
        assertEquals(List.of("60", "30", "7"), expiry.remindersOf(number(PAST, "EXP-A")));
        assertEquals(List.of("30", "7"), expiry.remindersOf(number(PAST, "EXP-B")), "found late: never the 60-day reminder");
        assertEquals(List.of("60-nomail", "30-nomail", "7-nomail"), expiry.remindersOf(number(PAST, "EXP-M")));
        assertEquals(List.of(), expiry.remindersOf(number(PAST, "EXP-C")), "revoked");
        assertEquals(List.of(), expiry.remindersOf(number(PAST, "EXP-N")), "a newer valid certificate of the course");
    }

    @Test
    @Order(3)
    void twoInstancesClaimingOneReminderAtOnceRemindOnce() throws Exception {
        long id = bean(CertificateRepository.class).getByNumber(number(PAST, "EXP-E")).getId();
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
        assertEquals(List.of("60"), bean(TestExpiry.class).remindersOf(number(PAST, "EXP-E")));
        assertEquals(1, reminders.sendDigest(day), "E goes into one digest");
        assertEquals(0, reminders.sendDigest(day), "and only one");
    }

    @Test
    @Order(4)
    @RunAsClient
    void theTraineesAndTheAdministratorsAreWrittenToInTheirLanguage() {
        List<String> arabic = TestMailbox.awaitSubjects(mailbox, "exp-a@example.org",
                s -> s.stream().filter(t -> t.contains(ARABIC_SUBJECT)).count() >= 3);
        List<String> english = TestMailbox.awaitSubjects(mailbox, "exp-b@example.org",
                s -> s.stream().filter(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))).count() >= 2);
        List<String> arabicDigests = TestMailbox.awaitSubjects(mailbox, "admin@demo.tadreeb.local", s -> s.size() >= 5);
        List<String> englishDigests = TestMailbox.awaitSubjects(mailbox, "admin-en@example.org", s -> s.size() >= 5);
        pause();
        assertEquals(3, TestMailbox.subjectsTo(mailbox, "exp-a@example.org").stream().filter(t -> t.contains(ARABIC_SUBJECT)).count(),
                "A: 60, 30 and 7 days, once each: " + arabic);
        assertEquals(2, TestMailbox.subjectsTo(mailbox, "exp-b@example.org").stream().filter(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))).count(),
                "B: 30 and 7 days: " + english);
        for (String address : List.of("exp-c@example.org", "exp-d@example.org", "exp-n@example.org")) {
            assertTrue(TestMailbox.subjectsTo(mailbox, address).stream().noneMatch(t -> (t.startsWith(ENGLISH_SUBJECT) && t.contains(ENGLISH_EXPIRES))), address);
        }
        assertEquals(5, TestMailbox.subjectsTo(mailbox, "admin@demo.tadreeb.local").size(), "one digest per day with reminders: " + arabicDigests);
        assertEquals(5, TestMailbox.subjectsTo(mailbox, "admin-en@example.org").size(), "and the same in English: " + englishDigests);

        String reminder = TestMailbox.awaitText(mailbox, "exp-a@example.org", t -> t.contains("تنتهي صلاحية شهادتك"));
        assertTrue(reminder.contains("أساسيات الشرطة المجتمعية"), reminder);
        assertTrue(reminder.contains("/courses/CP101"), "where to find the next cohort: " + reminder);
        assertTrue(reminder.contains("لم تُخطَّط دفعة جديدة"), "no cohort of CP101 is planned yet: " + reminder);
        String late = TestMailbox.awaitText(mailbox, "exp-b@example.org", t -> t.contains("expires on"));
        assertTrue(late.contains("Community Policing Fundamentals") && late.contains("EXP-"), late);

        String firstArabic = TestMailbox.awaitText(mailbox, "admin@demo.tadreeb.local", t -> t.contains("EXP-A") && t.contains("EXP-B"));
        assertTrue(firstArabic.contains("بلغت الشهادات التالية") && firstArabic.contains("EXP-M"), firstArabic);
        assertTrue(firstArabic.contains("لا بريد إلكتروني"), "M had no address to be reminded at: " + firstArabic);
        assertFalse(firstArabic.contains("EXP-C") || firstArabic.contains("EXP-D") || firstArabic.contains("EXP-N"), firstArabic);
        String firstEnglish = TestMailbox.awaitText(mailbox, "admin-en@example.org", t -> t.contains("EXP-A") && t.contains("EXP-B"));
        assertTrue(firstEnglish.contains("These certificates reached an expiry reminder")
                && firstEnglish.contains("Basel Late") && firstEnglish.contains("(30-day reminder)"), firstEnglish);
        assertTrue(firstEnglish.contains("/admin/compliance.xhtml"), firstEnglish);
    }

    @Test
    @Order(5)
    void theComplianceViewListsEachHoldersLatestCertificateFilteredInTheDatabase() {
        TestCertificates certificates = bean(TestCertificates.class);
        LocalDate today = today();
        certificates.expire(number(PAST, "EXP-A"), today.plusDays(10));
        certificates.expire(number(PAST, "EXP-B"), today.minusDays(5));
        certificates.expire(number(PAST, "EXP-M"), today.plusDays(100));
        certificates.expire(number(PAST, "EXP-C"), today.plusDays(5));
        certificates.expire(number(PAST, "EXP-N"), today.minusDays(30));
        certificates.expire(number(RUNNING, "EXP-N"), today.plusDays(300));
        ComplianceReport report = bean(ComplianceReport.class);

        assertEquals(List.of("EXP-B", "EXP-A"), holders(report.search(ComplianceFilter.of(null, null, null, null), 0, 25)),
                "the default 60 days: the expired first; C revoked, N renewed, M later");
        assertEquals(List.of("EXP-B", "EXP-A", "EXP-M"), holders(report.search(ComplianceFilter.of(120, null, null, null), 0, 25)));
        assertEquals(List.of("EXP-B"), holders(report.search(ComplianceFilter.of(0, null, null, null), 0, 25)), "0: expired only");
        assertEquals(List.of("EXP-B"), holders(report.search(ComplianceFilter.of(120, null, "gov-edu", null), 0, 25)));
        assertEquals(List.of("EXP-A"), holders(report.search(ComplianceFilter.of(120, null, null, "NOR"), 0, 25)));
        assertEquals(List.of("EXP-M"), holders(report.search(ComplianceFilter.of(120, null, "CSO-YOUTH", "SOU"), 0, 25)));
        assertEquals(List.of("EXP-B", "EXP-A", "EXP-M"), holders(report.search(ComplianceFilter.of(120, "CP101", null, null), 0, 25)));
        assertEquals(List.of(), holders(report.search(ComplianceFilter.of(120, "CP205", null, null), 0, 25)));
        ComplianceReport.Page second = report.search(ComplianceFilter.of(120, null, null, null), 1, 1);
        assertEquals(3, second.total());
        assertEquals(List.of("EXP-A"), holders(second), "paged in the database");
        InvalidInputException negative = assertThrows(InvalidInputException.class, () -> ComplianceFilter.of(-1, null, null, null));
        assertEquals("withinDays", negative.errors().get(0).field());
        assertThrows(InvalidInputException.class, () -> ComplianceFilter.of(3651, null, null, null));
        assertThrows(InvalidInputException.class, () -> ComplianceFilter.fromQuery("soon", null, null, null));
    }

    @Test
    @Order(6)
    void nominationGoesThroughTheAdministratorsEnrolment() {
        Recertification recertification = bean(Recertification.class);
        BusinessException none = assertThrows(BusinessException.class, () -> recertification.nominate(number(PAST, "EXP-A"), "admin"));
        assertEquals("expiry.error.noUpcomingCohort", none.messageKey());

        CohortService cohorts = bean(CohortService.class);
        LocalDate start = today().plusDays(90);
        cohorts.plan(new CohortDetails("CP101-R", "CP101", start, start.plusDays(5), "CAP-R3", 1, null, start.minusDays(1),
                false, List.of("instructor")));
        cohorts.addMeeting("CP101-R", new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        cohorts.open("CP101-R");

        Recertification.Nomination seated = recertification.nominate(number(PAST, "EXP-A"), "admin");
        assertEquals("CP101-R", seated.cohort().code());
        assertEquals(EnrolmentStatus.ENROLLED, seated.outcome().status());
        assertTrue(seated.outcome().changed());
        Recertification.Nomination again = recertification.nominate(number(PAST, "EXP-A"), "admin");
        assertEquals(EnrolmentStatus.ENROLLED, again.outcome().status());
        assertFalse(again.outcome().changed(), "nominating twice changes nothing");
        Recertification.Nomination waiting = recertification.nominate(number(PAST, "EXP-B"), "admin");
        assertEquals(EnrolmentStatus.WAITLISTED, waiting.outcome().status(), "one seat: the next waits");
        assertEquals(1, waiting.outcome().waitlistPosition());
        bean(TestExpiry.class).deactivate("EXP-M");
        BusinessException inactive = assertThrows(BusinessException.class, () -> recertification.nominate(number(PAST, "EXP-M"), "admin"));
        assertEquals("enrolment.error.inactive", inactive.messageKey());
    }

    @Test
    @Order(7)
    @RunAsClient
    void exportApiAndTheNominatedTraineesMail() {
        WebClient page = new WebClient(deploymentUrl).acceptLanguage("en");
        page.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = page.get("admin/compliance.csv?withinDays=120&lang=en");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertEquals(4, lines.size(), csv.body());
        assertTrue(lines.get(0).contains("Expires on"), lines.get(0));
        assertTrue(lines.get(1).startsWith("EXP-B,") && lines.get(1).contains(",Expired,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("EXP-A,") && lines.get(2).contains("North Region Police"), lines.get(2));
        assertEquals(2, page.get("admin/compliance.csv?withinDays=0&course=CP101").body().lines().count());
        assertEquals(400, page.get("admin/compliance.csv?withinDays=-3").statusCode());
        String html = page.get("admin/compliance.xhtml?withinDays=120&lang=en").body();
        assertTrue(html.contains("Basel Late") && html.contains("CP101-R"), "the page lists the holders and the next cohort");

        WebClient api = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = api.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        String trainee = api.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        JsonObject listed = WebClient.json(api.get("api/v1/certificates/compliance?withinDays=120&organisation=GOV-EDU", admin))
                .asJsonObject();
        assertEquals(1, listed.getInt("total"));
        assertEquals("EXP-B", listed.getJsonArray("rows").getJsonObject(0).getString("serviceNumber"));
        assertTrue(listed.getJsonArray("rows").getJsonObject(0).getBoolean("expired"));
        assertEquals(403, api.get("api/v1/certificates/compliance", trainee).statusCode());
        assertEquals(401, api.get("api/v1/certificates/compliance", null).statusCode());
        HttpResponse<String> wrong = api.get("api/v1/certificates/compliance?withinDays=5000", admin);
        assertEquals(422, wrong.statusCode(), wrong.body());

        TestMailbox.awaitSubjects(mailbox, "exp-a@example.org", s -> s.contains("تأكّد التحاقك بالدفعة"));
        TestMailbox.awaitSubjects(mailbox, "exp-b@example.org", s -> s.stream().anyMatch(t -> t.toLowerCase().contains("waiting")));
    }

    private static List<String> holders(ComplianceReport.Page page) {
        return page.rows().stream().map(ComplianceRow::serviceNumber).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
