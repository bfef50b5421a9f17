package org.tadreeb.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tadreeb.testing.InContainer.bean;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.TestEnrolments;

/**
 * Not a test but a measurement ({@code mvn verify -Pbenchmark -Dit.test=CertificateBenchmark}, with
 * {@code -Pmariadb} for MariaDB): a bulk issue of 500 certificates as the centre does it — {@code issueAll} (number,
 * code, audit and the trainee's mail queued, each in its own transaction), then for each certificate what the
 * outbox does when it sends the mail (read it, draw the PDF with its QR code) and its signed credential — beside
 * drawing the same 500 PDFs alone (no database) and signing the same 500 credentials alone, then the cohort's
 * merged PDF for printing. Everything runs on one thread inside the server (embedded H2 also runs there), so that
 * thread's CPU time is the work's: "per core" figures divide by it. Writes target/benchmark/certificates.txt;
 * docs/performance.md keeps the figures.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateBenchmark {

    private static final int CERTIFICATES = 500;
    private static final int WARM_UP = 100;
    private static final String COHORT = "CP101-0";
    private static final String WARM_UP_COHORT = "CP101-A";

    @Deployment
    static WebArchive deployment() throws Exception {
        Path keys = Files.createTempDirectory(Path.of("target"), "certificate-keys").toAbsolutePath();
        // The outbox's sender stays out of the measurement: it does not poll while the benchmark runs.
        return Deployments.tadreeb(TestDatabase.fresh(), Map.of(
                "tadreeb.certificates.key-path", keys.resolve("signing.pem").toString(),
                "tadreeb.mail.poll-seconds", "3600")).addClasses(TestEnrolments.class);
    }

    /** 500 trainees with e-mail addresses who passed the demo's completed cohort, and 100 more to warm up with. */
    @Test
    @Order(1)
    void prepare() {
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= CERTIFICATES; i++) {
            people.enrolNewTrainee(COHORT, String.format("BC-%05d", i), "متدرب ناجح " + i, "Bench Trainee " + i,
                    "bench" + i + "@example.org", i % 2 == 0 ? Language.ENGLISH : Language.ARABIC, EnrolmentStatus.COMPLETED);
        }
        for (int i = 1; i <= WARM_UP; i++) {
            people.enrolNewTrainee(WARM_UP_COHORT, String.format("BW-%05d", i), "متدرب تمهيدي " + i, "Warm-up " + i,
                    "warm" + i + "@example.org", Language.ARABIC, EnrolmentStatus.COMPLETED);
        }
    }

    @Test
    @Order(2)
    void measure() throws Exception {
        CohortCertificates bulk = bean(CohortCertificates.class);
        CertificateService certificates = bean(CertificateService.class);
        CertificateDocuments documents = bean(CertificateDocuments.class);
        CertificateCredentials credentials = bean(CertificateCredentials.class);
        CertificateSettings settings = bean(CertificateSettings.class);

        // Warm-up: the same work on other certificates, so that the JIT has compiled the hot paths.
        bulk.issueAll(WARM_UP_COHORT, "admin", CohortCertificates.Progress.NONE);
        for (CertificateView view : certificates.printableOf(WARM_UP_COHORT)) {
            documents.pdfForMail(view.number());
            credentials.signed(view);
        }

        Clock issuing = Clock.start();
        CohortCertificates.Summary summary = bulk.issueAll(COHORT, "admin", CohortCertificates.Progress.NONE);
        issuing.stop();
        List<CertificateView> views = certificates.printableOf(COHORT);
        int count = summary.issued();
        assertEquals(views.size(), count, "every passed trainee got one: " + summary);

        Clock delivering = Clock.start();
        long pdfBytes = 0;
        for (CertificateView view : views) {
            pdfBytes += documents.pdfForMail(view.number()).length;
            credentials.signed(view);
        }
        delivering.stop();

        Clock drawing = Clock.start();
        for (CertificateView view : views) {
            CertificatePdf.render(view, settings.centreNameArabic(), settings.centreNameEnglish(),
                    settings.verificationUrl(view.number(), view.verificationCode()));
        }
        drawing.stop();

        Clock signing = Clock.start();
        for (CertificateView view : views) {
            credentials.signed(view);
        }
        signing.stop();

        Counting merged = new Counting();
        Clock printing = Clock.start();
        documents.writeMerged(views, merged);
        printing.stop();

        double wall = issuing.wallSeconds() + delivering.wallSeconds();
        double cpu = issuing.cpuSeconds() + delivering.cpuSeconds();
        String report = String.format(Locale.ROOT, """
                Certificates: a bulk issue of %d certificates, one thread inside the server (%s)
                                                          wall s   cert/s   CPU s  cert/s per core  CPU ms/cert
                bulk issue, PDF, QR code and signature  %8.2f %8.1f %7.2f %16.1f %12.2f
                  of which issueAll (DB, audit, mail)   %8.2f %8.1f %7.2f %16.1f %12.2f
                  of which read, PDF and QR, signature  %8.2f %8.1f %7.2f %16.1f %12.2f
                the same PDFs alone (no database)       %8.2f %8.1f %7.2f %16.1f %12.2f
                the same signatures alone               %8.2f %8.1f %7.2f %16.1f %12.2f
                the cohort's merged PDF (%d pages)      %8.2f %8.1f %7.2f %16.1f %12.2f
                single PDF: %.1f kB on average; merged PDF: %.1f kB (%.1f kB a page)
                machine load average while it ran: %.2f on %d cores
                """,
                count, databaseName(),
                wall, count / wall, cpu, count / cpu, cpu * 1000 / count,
                issuing.wallSeconds(), issuing.perSecond(count), issuing.cpuSeconds(), issuing.perCpuSecond(count), issuing.cpuMsEach(count),
                delivering.wallSeconds(), delivering.perSecond(count), delivering.cpuSeconds(), delivering.perCpuSecond(count), delivering.cpuMsEach(count),
                drawing.wallSeconds(), drawing.perSecond(count), drawing.cpuSeconds(), drawing.perCpuSecond(count), drawing.cpuMsEach(count),
                signing.wallSeconds(), signing.perSecond(count), signing.cpuSeconds(), signing.perCpuSecond(count), signing.cpuMsEach(count),
                count, printing.wallSeconds(), printing.perSecond(count), printing.cpuSeconds(), printing.perCpuSecond(count), printing.cpuMsEach(count),
                pdfBytes / 1024.0 / count, merged.count / 1024.0, merged.count / 1024.0 / count,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(report);
        Path out = Path.of(System.getProperty("user.dir"), "target", "benchmark");
        try {
            Files.createDirectories(out);
            Files.writeString(out.resolve("certificates.txt"), report, StandardCharsets.UTF_8);
        } catch (java.io.IOException notWritable) {
            System.out.println("(not written to " + out + ": " + notWritable + ")");
        }
    }

    private static String databaseName() throws Exception {
        javax.sql.DataSource data = (javax.sql.DataSource) new javax.naming.InitialContext().lookup("java:app/jdbc/tadreeb");
        try (java.sql.Connection connection = data.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " " + connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** Wall and CPU time of the current thread between start and stop. */
    private static final class Clock {
        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
        private final long wallStart = System.nanoTime();
        private final long cpuStart = THREADS.getCurrentThreadCpuTime();
        private long wall;
        private long cpu;

        static Clock start() {
            return new Clock();
        }

        void stop() {
            wall = System.nanoTime() - wallStart;
            cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        }

        double wallSeconds() {
            return wall / 1e9;
        }

        double cpuSeconds() {
            return cpu / 1e9;
        }

        double perSecond(int count) {
            return count / wallSeconds();
        }

        double perCpuSecond(int count) {
            return count / cpuSeconds();
        }

        double cpuMsEach(int count) {
            return cpuSeconds() * 1000 / count;
        }
    }

    /** Counts what is written, keeps nothing. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
