package org.tadreeb.enrolment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tadreeb.testing.InContainer.bean;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
import org.tadreeb.cohort.CohortDetails;
import org.tadreeb.cohort.CohortService;
import org.tadreeb.cohort.MeetingDetails;
import org.tadreeb.people.OrganisationType;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.OutageDeployment;
import org.tadreeb.testing.SecondInstance;
import org.tadreeb.testing.TestEnrolments;
import org.tadreeb.testing.WebClient;

/**
 * Two application instances on one database, as behind a load balancer: eighty trainees asking at once, half
 * through each instance, for a cohort of twelve seats of which four are reserved for community organisations.
 * The database's row lock, not either instance's memory, keeps the cohort and its quota from overfilling.
 * Both reach the database through {@link OutageDeployment}'s relay (on H2, an H2 server in the test JVM).
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final int SEATS = 12;
    private static final int COMMUNITY_SEATS = 4;
    private static final int CROWD = 80;
    @Deployment
    static WebArchive deployment() {
        return OutageDeployment.archive();
    }

    @ArquillianResource
    URL deploymentUrl;

    private static String number(int i) {
        return String.format("TWO-%03d", i);
    }

    @Test
    @Order(1)
    void prepare() {
        CohortService cohorts = bean(CohortService.class);
        LocalDate start = bean(CentreClock.class).today().plusDays(90);
        cohorts.plan(new CohortDetails("CP101-2", "CP101", start, start.plusDays(4), "SOU-CC", SEATS, null,
                start.minusDays(1), false, List.of()));
        cohorts.addMeeting("CP101-2", new MeetingDetails(start, LocalTime.of(9, 0), LocalTime.of(12, 0), null, null));
        cohorts.reserveSeats("CP101-2", Map.of(OrganisationType.COMMUNITY_ORGANISATION, COMMUNITY_SEATS), null);
        cohorts.open("CP101-2");
        TestEnrolments people = bean(TestEnrolments.class);
        for (int i = 1; i <= CROWD; i++) {
            people.createTrainee(number(i), "Two " + i, null, i % 2 == 0 ? "CSO-YOUTH" : "CPD-CAP");
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void twoInstancesNeverOverfillACohortNorItsQuota() throws Exception {
        try (SecondInstance second = SecondInstance.start(OutageDeployment.connection(), OutageDeployment.mailSettings())) {
            WebClient first = new WebClient(deploymentUrl).acceptLanguage("en");
            WebClient other = new WebClient(second.url()).acceptLanguage("en");
            String token = first.issueToken(DemoAccounts.ADMIN.username, DemoAccounts.ADMIN.password);
            ExecutorService pool = Executors.newFixedThreadPool(40);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 1; i <= CROWD; i++) {
                WebClient through = i % 4 < 2 ? first : other;
                byte[] body = ("{\"serviceNumber\":\"" + number(i) + "\"}").getBytes(StandardCharsets.UTF_8);
                answers.add(pool.submit(() -> {
                    start.await();
                    return through.post("api/v1/cohorts/CP101-2/enrolments", token, "application/json", body);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertEquals(201, response.statusCode(), response.body());
            }
            pool.shutdown();

            List<JsonObject> roster = WebClient.json(other.get("api/v1/cohorts/CP101-2/enrolments", token)).asJsonArray()
                    .stream().map(v -> v.asJsonObject()).toList();
            List<JsonObject> enrolled = roster.stream().filter(e -> e.getString("status").equals("ENROLLED")).toList();
            assertEquals(SEATS, enrolled.size(), "never more than the seats");
            assertEquals(COMMUNITY_SEATS, enrolled.stream()
                    .filter(e -> e.getString("seatPool").equals("COMMUNITY_ORGANISATION")).count(),
                    "the community quota is filled, and not past its share");
            assertEquals(SEATS - COMMUNITY_SEATS, enrolled.stream()
                    .filter(e -> e.getString("seatPool").equals("GENERAL")).count());
            for (String queue : List.of("GENERAL", "COMMUNITY_ORGANISATION")) {
                List<Integer> places = roster.stream().filter(e -> e.getString("status").equals("WAITLISTED")
                        && e.getString("seatPool").equals(queue)).map(e -> e.getInt("waitlistPosition")).toList();
                assertEquals(IntStream.rangeClosed(1, places.size()).boxed().collect(Collectors.toSet()), Set.copyOf(places),
                        queue + " waiting list in one order");
            }
            assertEquals(CROWD, roster.size(), "one enrolment per trainee");
        }
    }
}
