package org.tadreeb.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.SharedDeployment;
import org.tadreeb.testing.WebClient;

/**
 * The training report against {@link ReportFixture}'s hand-counted 2031, on the real database: totals and every
 * breakdown (course, governorate, organisation type, gender, with "not recorded"), the hours rule with each
 * excused-absence setting, filters, and the same figures through the API, the CSV and the XLSX. On the shared server
 * the organisation types' requirements and this year's targets are everyone's: the tests count audit records from
 * what was there before, and put both back as they were (the requirements in the last test, the targets at once).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportIT {

    private static final LocalDate FROM = LocalDate.of(2031, 1, 1);
    private static final LocalDate TO = LocalDate.of(2031, 12, 31);
    private static final String PERIOD = "from=2031-01-01&to=2031-12-31";

    /** The requirements as they were before {@link #complianceCountsEachPersonsHoursAgainstTheirOrganisationTypesRequirement}
     *  changed them (kept inside the server, where the in-container tests run), for the last test to put back. */
    private static Map<OrganisationType, Integer> requirementsBefore;

    @Deployment
    static WebArchive deployment() {
        return SharedDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    @Order(1)
    void theTotalsAreTheHandCountedOnes() {
        bean(ReportFixture.class).load();
        TrainingReport report = bean(TrainingReports.class).report(filter(null, null, null));
        // Enrolments: P1, P2, P3 in R1-A and P1, P4 in R2-A (P4's withdrawal, R1-B ending in 2032 and the cancelled
        // R1-C do not count). Trained: P1, P2, P3 finished; P4 is still enrolled. Passed 3 of 4 finished.
        // Hours: 20 + 10 + 20 (R1-A) + 10 + 5 (R2-A). Certificates: P1's and P3's first; the reissue and P1's 2032 one not.
        assertFigures(report.totals(), 3, 5, 3, 1, 2, "65.0");
        assertEquals(new BigDecimal("75.0"), report.totals().passRate());
    }

    @Test
    @Order(2)
    void eachBreakdownGroupsTheSameEnrolments() {
        TrainingReport report = bean(TrainingReports.class).report(filter(null, null, null));
        Map<String, TrainingReport.Line> byCourse = byKey(report.lines(ReportDimension.COURSE));
        assertEquals(2, byCourse.size());
        assertFigures(byCourse.get("RPT1").figures(), 3, 3, 2, 1, 2, "50.0");
        assertEquals(new BigDecimal("66.7"), byCourse.get("RPT1").figures().passRate());
        assertEquals("Report course one", byCourse.get("RPT1").label(Language.ENGLISH));
        assertEquals("دورة التقرير الأولى", byCourse.get("RPT1").label(Language.ARABIC));
        assertFigures(byCourse.get("RPT2").figures(), 1, 2, 1, 0, 0, "15.0");

        Map<String, TrainingReport.Line> byGender = byKey(report.lines(ReportDimension.GENDER));
        assertFigures(byGender.get("FEMALE").figures(), 2, 3, 3, 0, 2, "50.0");
        assertFigures(byGender.get("MALE").figures(), 1, 2, 0, 1, 0, "15.0");
        assertEquals(new BigDecimal("0.0"), byGender.get("MALE").figures().passRate());
        assertEquals(Messages.text(Language.ARABIC, "person.gender.FEMALE"), byGender.get("FEMALE").label(Language.ARABIC));

        Map<String, TrainingReport.Line> byGovernorate = byKey(report.lines(ReportDimension.GOVERNORATE));
        assertEquals(3, byGovernorate.size(), "A, B and not recorded");
        assertFigures(byGovernorate.get("RG-A").figures(), 2, 3, 2, 1, 1, "40.0");
        assertFigures(byGovernorate.get("RG-B").figures(), 1, 1, 1, 0, 1, "20.0");
        TrainingReport.Line unknown = byGovernorate.get(null);
        assertFigures(unknown.figures(), 0, 1, 0, 0, 0, "5.0");
        assertNull(unknown.figures().passRate(), "nobody finished: no rate rather than 0 %");
        assertEquals("Not recorded", unknown.label(Language.ENGLISH));

        Map<String, TrainingReport.Line> byType = byKey(report.lines(ReportDimension.ORGANISATION_TYPE));
        assertFigures(byType.get("POLICE_UNIT").figures(), 2, 3, 2, 1, 1, "40.0");
        assertFigures(byType.get("COMMUNITY_ORGANISATION").figures(), 1, 1, 1, 0, 1, "20.0");
        assertFigures(byType.get(null).figures(), 0, 1, 0, 0, 0, "5.0");
        assertEquals(Messages.text(Language.ENGLISH, "organisation.type.POLICE_UNIT"),
                byType.get("POLICE_UNIT").label(Language.ENGLISH));
    }

    @Test
    @Order(3)
    void filtersNarrowEveryFigure() {
        TrainingReports reports = bean(TrainingReports.class);
        assertFigures(reports.report(filter("RPT2", null, null)).totals(), 1, 2, 1, 0, 0, "15.0");
        assertFigures(reports.report(filter(null, "RG-B", null)).totals(), 1, 1, 1, 0, 1, "20.0");
        assertFigures(reports.report(filter(null, null, OrganisationType.POLICE_UNIT)).totals(), 2, 3, 2, 1, 1, "40.0");
        TrainingReport march = reports.report(new TrainingReportFilter(FROM, LocalDate.of(2031, 3, 31), null, null,
                null, null, "RPT-V"));
        assertFigures(march.totals(), 3, 3, 2, 1, 2, "50.0");
        TrainingReport empty = reports.report(new TrainingReportFilter(LocalDate.of(2040, 1, 1),
                LocalDate.of(2040, 12, 31), null, null, null, null, null));
        assertTrue(empty.isEmpty());
        assertTrue(empty.lines(ReportDimension.COURSE).isEmpty());
    }

    @Test
    @Order(4)
    @RunAsClient
    void theApiAnswersTheSameFiguresToAdministratorsOnly() {
        WebClient client = new WebClient(deploymentUrl).acceptLanguage("en");
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> response = client.get("api/v1/reports/training?" + PERIOD + "&groupBy=gender,course", admin);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject report = WebClient.json(response).asJsonObject();
        JsonObject totals = report.getJsonObject("totals");
        assertEquals(3, totals.getInt("trainees"));
        assertEquals(5, totals.getInt("enrolments"));
        assertEquals(2, totals.getInt("certificates"));
        assertEquals(new BigDecimal("65.0"), totals.getJsonNumber("hours").bigDecimalValue());
        assertEquals(new BigDecimal("75.0"), totals.getJsonNumber("passRate").bigDecimalValue());
        JsonObject breakdowns = report.getJsonObject("breakdowns");
        assertEquals(List.of("gender", "course"), List.copyOf(breakdowns.keySet()));
        JsonObject male = group(breakdowns.getJsonArray("gender"), "MALE");
        assertEquals(15.0, male.getJsonNumber("hours").doubleValue());
        assertEquals("Male", male.getString("labelEn"));
        assertEquals("Report course two", group(breakdowns.getJsonArray("course"), "RPT2").getString("labelEn"));

        JsonObject unknownGovernorate = WebClient.json(client.get("api/v1/reports/training?" + PERIOD
                + "&groupBy=governorate", admin)).asJsonObject().getJsonObject("breakdowns").getJsonArray("governorate")
                .stream().map(JsonValue::asJsonObject).filter(g -> g.isNull("key")).findFirst().orElseThrow();
        assertTrue(unknownGovernorate.isNull("passRate"));

        assertEquals(422, client.get("api/v1/reports/training?" + PERIOD + "&groupBy=shoeSize", admin).statusCode());
        HttpResponse<String> backwards = client.get("api/v1/reports/training?from=2031-12-31&to=2031-01-01", admin);
        assertEquals(422, backwards.statusCode());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
        assertEquals(422, client.get("api/v1/reports/training?from=31/12/2031", admin).statusCode());
        assertEquals(422, client.get("api/v1/reports/training?organisationType=BAKERY", admin).statusCode());

        String trainee = client.issueToken(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, client.get("api/v1/reports/training", trainee).statusCode());
        assertEquals(401, client.get("api/v1/reports/training", null).statusCode());
    }

    @Test
    @Order(5)
    @RunAsClient
    void theExportsHoldThePagesFiguresInTheReadersLanguage() throws Exception {
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = admin.get("admin/reports/training.csv?" + PERIOD + "&lang=en");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFFBreakdown,Group,Trainees trained,Enrolments,Passed,Did not pass,Pass rate,"
                + "Certificates issued,Training hours delivered,Average evaluation (1–5)", lines[0]);
        assertEquals("Totals,Totals,3,5,3,1,75.0,2,65.0,", lines[1]);
        assertTrue(List.of(lines).contains("By course,Report course one,3,3,2,1,66.7,2,50.0,"), csv.body());
        assertTrue(List.of(lines).contains("By governorate,Not recorded,0,1,0,0,,0,5.0,"), csv.body());

        HttpResponse<byte[]> xlsx = admin.getBytes("admin/reports/training.xlsx?" + PERIOD + "&lang=ar");
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(5, workbook.getNumberOfSheets(), "totals and four breakdowns");
            Sheet totals = workbook.getSheetAt(0);
            assertTrue(totals.isRightToLeft());
            assertEquals(Messages.text(Language.ARABIC, "reports.trainees"), totals.getRow(0).getCell(1).getStringCellValue());
            Row figures = totals.getRow(1);
            assertEquals(3.0, figures.getCell(1).getNumericCellValue());
            assertEquals(5.0, figures.getCell(2).getNumericCellValue());
            assertEquals(65.0, figures.getCell(7).getNumericCellValue());
            Sheet byGender = workbook.getSheet(Messages.text(Language.ARABIC, "reports.by.gender"));
            Map<String, Double> hours = new java.util.HashMap<>();
            for (int r = 1; r <= byGender.getLastRowNum(); r++) {
                hours.put(byGender.getRow(r).getCell(0).getStringCellValue(), byGender.getRow(r).getCell(7).getNumericCellValue());
            }
            assertEquals(Map.of(Messages.text(Language.ARABIC, "person.gender.FEMALE"), 50.0,
                    Messages.text(Language.ARABIC, "person.gender.MALE"), 15.0), hours);
        }
        for (Language language : Language.values()) {
            HttpResponse<byte[]> pdf = admin.getBytes("admin/reports/training.pdf?" + PERIOD + "&lang=" + language.code());
            assertEquals(200, pdf.statusCode());
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            String text = pdfText(pdf.body());
            for (String expected : List.of(Messages.text(language, "reports.training.title"),
                    Messages.text(language, "reports.by.governorate"),
                    language == Language.ARABIC ? "دورة التقرير الأولى" : "Report course one",
                    Messages.text(language, "reports.notRecorded"), "65.0", "75.0 %", "66.7 %")) {
                assertTrue(text.contains(java.text.Normalizer.normalize(expected, java.text.Normalizer.Form.NFKC)),
                        "finds «" + expected + "» in the " + language + " PDF:\n" + text);
            }
        }
        assertEquals(400, admin.get("admin/reports/training.csv?from=2031-12-31&to=2031-01-01").statusCode());

        WebClient trainee = new WebClient(deploymentUrl);
        trainee.signIn(DemoAccounts.TRAINEE.username, DemoAccounts.TRAINEE.password);
        assertEquals(403, trainee.get("admin/reports/training.csv?" + PERIOD).statusCode());
    }

    @Test
    @Order(6)
    void complianceCountsEachPersonsHoursAgainstTheirOrganisationTypesRequirement() {
        TrainingCompliance compliance = bean(TrainingCompliance.class);
        org.tadreeb.platform.audit.AuditLog auditLog = bean(org.tadreeb.platform.audit.AuditLog.class);
        requirementsBefore = compliance.requirements();
        assertEquals(40, requirementsBefore.get(OrganisationType.POLICE_UNIT), "the demo's, as every class leaves them");
        int auditedBefore = auditLog.historyOf("TrainingRequirement", "POLICE_UNIT").size()
                + auditLog.historyOf("TrainingRequirement", "COMMUNITY_ORGANISATION").size();
        // P1 (police unit, RG-A): 20 h in R1-A and 10 h in R2-A = 30 h; P2: 10 h in R1-A (failed: trained all the
        // same; R1-B ends in 2032). Police units need 40 h by default; community organisations (P3) need none.
        TrainingCompliance.Page page = compliance.page(new TrainingCompliance.Filter(2031, null, "RG-A", false), 0, 50);
        assertEquals(2, page.total());
        assertEquals(0, page.met());
        assertEquals(List.of("RPT-P2", "RPT-P1"), page.people().stream().map(TrainingCompliance.Person::serviceNumber).toList(),
                "furthest behind first");
        TrainingCompliance.Person p1 = page.people().get(1);
        assertEquals(40, p1.requiredHours());
        assertEquals(new BigDecimal("30.0"), p1.completedHours());
        assertEquals(new BigDecimal("10.0"), p1.remainingHours());
        assertTrue(p1.isBehind());
        assertEquals(0, compliance.page(new TrainingCompliance.Filter(2031, null, "RG-B", false), 0, 50).total(),
                "P3's community organisation has no requirement");

        int changed = compliance.changeRequirements("admin", Map.of(OrganisationType.POLICE_UNIT, 25,
                OrganisationType.COMMUNITY_ORGANISATION, 20, OrganisationType.GOVERNMENT_DEPARTMENT, 16));
        assertEquals(2, changed, "the unchanged one is not counted");
        assertEquals(2, auditLog.historyOf("TrainingRequirement", "POLICE_UNIT").size()
                + auditLog.historyOf("TrainingRequirement", "COMMUNITY_ORGANISATION").size() - auditedBefore,
                "two changes audited");
        page = compliance.page(new TrainingCompliance.Filter(2031, "RPT-POL", null, false), 0, 50);
        assertEquals(2, page.total());
        assertEquals(1, page.met(), "P1's 30 h now meet 25 h");
        TrainingCompliance.Page behind = compliance.page(new TrainingCompliance.Filter(2031, "RPT-POL", null, true), 0, 50);
        assertEquals(List.of("RPT-P2"), behind.people().stream().map(TrainingCompliance.Person::serviceNumber).toList());
        assertEquals(new BigDecimal("15.0"), behind.people().get(0).remainingHours());

        List<TrainingCompliance.Group> byOrganisation = compliance.byOrganisation(
                new TrainingCompliance.Filter(2031, null, "RG-B", false));
        assertEquals(1, byOrganisation.size());
        assertEquals("RPT-COM", byOrganisation.get(0).key());
        assertEquals(1, byOrganisation.get(0).met(), "P3's 20 h meet the new 20 h");
        assertEquals(new BigDecimal("100.0"), byOrganisation.get(0).metPercent());
        List<TrainingCompliance.Group> byGovernorate = compliance.byGovernorate(
                new TrainingCompliance.Filter(2031, "RPT-POL", null, true));
        assertEquals(List.of(2L, 1L), List.of(byGovernorate.get(0).people(), byGovernorate.get(0).met()),
                "the breakdowns count everyone in scope, met or not");

        org.junit.jupiter.api.Assertions.assertThrows(org.tadreeb.platform.InvalidInputException.class,
                () -> compliance.changeRequirements("admin", Map.of(OrganisationType.POLICE_UNIT, 5000)));
        assertEquals(25, compliance.requirements().get(OrganisationType.POLICE_UNIT), "a refused change changes nothing");
    }

    @Test
    @Order(7)
    @RunAsClient
    void complianceExportsEveryoneToAdministratorsAndTheirOwnPeopleToCoordinators() {
        WebClient admin = new WebClient(deploymentUrl);
        admin.signIn(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        HttpResponse<String> csv = admin.get("admin/reports/compliance.csv?year=2031&organisation=RPT-POL&lang=en");
        assertEquals(200, csv.statusCode());
        String[] lines = csv.body().split("\r\n");
        assertEquals(3, lines.length, csv.body());
        assertTrue(lines[1].startsWith("RPT-P2,Trainee RPT-P2,Unit,Governorate A,25,10.0,15.0,Behind"), lines[1]);
        assertTrue(lines[2].startsWith("RPT-P1,Trainee RPT-P1,Unit,Governorate A,25,30.0,0.0,Met"), lines[2]);
        assertEquals(400, admin.get("admin/reports/compliance.csv?year=soon").statusCode());
        String page = admin.get("admin/reports/compliance.xhtml?year=2031&organisation=RPT-POL&lang=en").body();
        assertTrue(page.contains("2031: 2 people with a requirement, 1 met it, 1 behind"), "the page says the same");

        WebClient coordinator = new WebClient(deploymentUrl);
        coordinator.signIn(DemoAccounts.COORDINATOR.username, DemoAccounts.COORDINATOR.password);
        HttpResponse<String> own = coordinator.get("coordinator/compliance.csv?year=2031&organisation=RPT-POL&lang=en");
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("GOV-"), "their organisation's people: " + own.body());
        assertTrue(!own.body().contains("RPT-P"), "never another organisation's, whatever the address asks");
        assertEquals(403, coordinator.get("admin/reports/compliance.csv?year=2031").statusCode());
        assertTrue(coordinator.get("coordinator/compliance.xhtml?year=2031&organisation=RPT-POL").body()
                .contains("GOV-30011"), "the page too lists their own people");
    }

    @Test
    @Order(8)
    void annualTargetsAreSetAuditedAndMetByTheYearsFigures() {
        AnnualTargets targets = bean(AnnualTargets.class);
        LocalDate today = bean(org.tadreeb.platform.CentreClock.class).today();
        int year = today.getYear();
        Map<AnnualTargets.Measure, Long> before = targets.targets(year);
        try {
            setAndMeetTargets(targets, year, today);
        } finally {
            // This year's targets are every class's (the administrator's home shows them): put them back.
            Map<AnnualTargets.Measure, Long> back = new java.util.EnumMap<>(AnnualTargets.Measure.class);
            for (AnnualTargets.Measure measure : AnnualTargets.Measure.values()) {
                back.put(measure, before.get(measure));
            }
            targets.set("admin", year, back);
        }
        assertEquals(before, targets.targets(year), "the year's targets are as they were");
    }

    private static void setAndMeetTargets(AnnualTargets targets, int year, LocalDate today) {
        TrainingFigures soFar = bean(TrainingReports.class).report(TrainingReportFilter.yearToDate(today)).totals();
        Map<AnnualTargets.Measure, Long> wanted = new java.util.EnumMap<>(AnnualTargets.Measure.class);
        wanted.put(AnnualTargets.Measure.TRAINEES, Math.max(1, soFar.trainees() * 4));
        wanted.put(AnnualTargets.Measure.CERTIFICATES, 0L);
        org.tadreeb.platform.audit.AuditLog auditLog = bean(org.tadreeb.platform.audit.AuditLog.class);
        int auditedBefore = auditLog.historyOf("AnnualTarget", year + "/TRAINEES").size();
        assertEquals(java.util.Set.of(), targets.targets(year).keySet(), "no target this year before the test's");
        assertEquals(2, targets.set("admin", year, wanted));
        assertEquals(0, targets.set("admin", year, wanted), "setting the same again changes nothing");
        assertEquals(1, auditLog.historyOf("AnnualTarget", year + "/TRAINEES").size() - auditedBefore,
                "one change audited");

        Map<AnnualTargets.Measure, AnnualTargets.Progress> progress = new java.util.EnumMap<>(AnnualTargets.Measure.class);
        targets.thisYear().forEach(p -> progress.put(p.measure(), p));
        AnnualTargets.Progress trainees = progress.get(AnnualTargets.Measure.TRAINEES);
        assertEquals(BigDecimal.valueOf(soFar.trainees()), trainees.achieved());
        assertEquals(soFar.trainees() == 0 ? 0 : 25, trainees.percent());
        assertNull(progress.get(AnnualTargets.Measure.CERTIFICATES).percent(), "a zero target has no percentage");
        assertNull(progress.get(AnnualTargets.Measure.HOURS).target(), "no target set");

        wanted.put(AnnualTargets.Measure.HOURS, -5L);
        org.junit.jupiter.api.Assertions.assertThrows(org.tadreeb.platform.InvalidInputException.class,
                () -> targets.set("admin", year, wanted));
        assertNull(targets.targets(year).get(AnnualTargets.Measure.HOURS), "a refused change changes nothing");
        wanted.put(AnnualTargets.Measure.HOURS, null);
        wanted.put(AnnualTargets.Measure.CERTIFICATES, null);
        assertEquals(1, targets.set("admin", year, wanted), "an emptied field removes its target");
        assertEquals(java.util.Set.of(AnnualTargets.Measure.TRAINEES), targets.targets(year).keySet());
    }

    @Test
    @Order(9)
    @RunAsClient
    void theAdministratorsOverviewCountsWhatNeedsAttention() throws InterruptedException {
        WebClient client = new WebClient(deploymentUrl);
        String admin = client.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
        // Other classes' mail and certificates are in the shared database: the overview must count what the database
        // holds at the same moment (read before and after it, until nothing moved in between).
        Map<String, Long> before;
        Map<String, Long> after;
        JsonObject overview;
        int attempts = 0;
        do {
            before = databaseCounts(client);
            overview = WebClient.json(client.get("api/v1/admin/overview", admin)).asJsonObject();
            after = databaseCounts(client);
            if (!before.equals(after)) {
                Thread.sleep(500);
            }
        } while (!before.equals(after) && ++attempts < 20);
        assertEquals(before, after, "the counts kept moving");
        assertEquals(after.get("failing"), overview.getJsonNumber("failingMail").longValue(), "the failing mail");
        assertTrue(overview.getInt("pendingRequests") >= 0);
        assertEquals(after.get("expiring"), overview.getJsonNumber("certificatesExpiringSoon").longValue(),
                "the certificates expiring soon");
        assertEquals(0L, after.get("fixtureExpiring"), "the fixture's certificates never expire");
    }

    private static Map<String, Long> databaseCounts(WebClient client) {
        HttpResponse<String> counts = client.get("testing/report-settings?do=overview");
        assertEquals(200, counts.statusCode(), counts.body());
        Map<String, Long> values = new java.util.HashMap<>();
        for (String line : counts.body().split("\n")) {
            values.put(line.substring(0, line.indexOf('=')), Long.parseLong(line.substring(line.indexOf('=') + 1)));
        }
        return values;
    }

    @Test
    @Order(10)
    void evaluationsAverageByCourseAndNeverByPerson() {
        LocalDate today = bean(org.tadreeb.platform.CentreClock.class).today();
        TrainingReport report = bean(TrainingReports.class).report(new TrainingReportFilter(today.minusYears(1), today,
                null, null, null, null, null));
        // The demo's completed CP101-0 has three answered evaluations, the minimum for showing them.
        TrainingReport.Line cp101 = byKey(report.lines(ReportDimension.COURSE)).get("CP101");
        BigDecimal mean = cp101.figures().evaluation();
        assertTrue(mean != null && mean.compareTo(BigDecimal.ONE) >= 0 && mean.compareTo(BigDecimal.valueOf(5)) <= 0,
                "a mean on the 1–5 scale: " + mean);
        // Other classes evaluate courses of their own in the same year: narrowed to CP101, the totals are its line.
        TrainingReport onlyCp101 = bean(TrainingReports.class).report(new TrainingReportFilter(today.minusYears(1), today,
                "CP101", null, null, null, null));
        assertEquals(mean, onlyCp101.totals().evaluation(), "the only evaluated course");
        for (ReportDimension dimension : List.of(ReportDimension.GOVERNORATE, ReportDimension.ORGANISATION_TYPE,
                ReportDimension.GENDER)) {
            assertTrue(report.lines(dimension).stream().allMatch(line -> line.figures().evaluation() == null),
                    "anonymous answers belong to no governorate, organisation type or gender");
        }
        assertNull(bean(TrainingReports.class).report(filter(null, null, null)).totals().evaluation(),
                "2031 has no evaluation");
    }

    @Test
    @Order(11)
    void theRequirementsAreLeftAsTheyWere() {
        // The organisation types' requirements are every class's: the compliance tests' changes are put back.
        org.junit.jupiter.api.Assumptions.assumeTrue(requirementsBefore != null, "the compliance test changed nothing");
        TrainingCompliance compliance = bean(TrainingCompliance.class);
        compliance.changeRequirements("admin", requirementsBefore);
        assertEquals(requirementsBefore, compliance.requirements());
    }

    /** The PDF's text as PDFBox reads it, compatibility-normalised (the font's Arabic presentation forms). */
    private static String pdfText(byte[] pdf) throws java.io.IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return java.text.Normalizer.normalize(new org.apache.pdfbox.text.PDFTextStripper().getText(document),
                    java.text.Normalizer.Form.NFKC).replaceAll("[ \\t]+", " ");
        }
    }

    private static TrainingReportFilter filter(String course, String governorate, OrganisationType type) {
        return new TrainingReportFilter(FROM, TO, course, null, governorate, type, null);
    }

    private static void assertFigures(TrainingFigures figures, long trainees, long enrolments, long completed,
                                      long failed, long certificates, String hours) {
        assertEquals(List.of(trainees, enrolments, completed, failed, certificates, new BigDecimal(hours)),
                List.of(figures.trainees(), figures.enrolments(), figures.completed(), figures.failed(),
                        figures.certificates(), figures.hours()),
                "trainees, enrolments, completed, failed, certificates, hours");
    }

    private static Map<String, TrainingReport.Line> byKey(List<TrainingReport.Line> lines) {
        Map<String, TrainingReport.Line> map = new java.util.HashMap<>();
        lines.forEach(line -> map.put(line.key(), line));
        return map;
    }

    private static JsonObject group(JsonArray groups, String key) {
        return groups.stream().map(JsonValue::asJsonObject)
                .filter(g -> !g.isNull("key") && g.getString("key").equals(key)).findFirst().orElseThrow();
    }
}
