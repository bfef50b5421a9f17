package org.tadreeb.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.h2.tools.Server;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tadreeb.testing.DemoAccounts;
import org.tadreeb.testing.Deployments;
import org.tadreeb.testing.IntegrationTest;
import org.tadreeb.testing.TcpProxy;
import org.tadreeb.testing.TestDatabase;
import org.tadreeb.testing.WebClient;

/**
 * Readiness follows the database: DOWN while it cannot be reached, UP again when it returns, and the
 * application serves requests again without a restart. The database is reached through a relay the test
 * can cut: MariaDB's port with -Pmariadb, else an H2 server started by the test.
 */
@IntegrationTest
@RunAsClient
class DatabaseOutageIT {

    private static Server h2Server;
    private static TcpProxy proxy;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException, SQLException {
        TestDatabase database;
        if (TestDatabase.usesMariaDb()) {
            TestDatabase fresh = TestDatabase.fresh();
            URL direct = new URL(fresh.url().replaceFirst("^jdbc:mysql:", "http:"));
            proxy = new TcpProxy(direct.getHost(), direct.getPort());
            database = new TestDatabase("jdbc:mysql://127.0.0.1:" + proxy.port() + direct.getPath(),
                    fresh.user(), fresh.password());
        } else {
            Path dir = Path.of("target", "it-databases", UUID.randomUUID().toString()).toAbsolutePath();
            h2Server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
            proxy = new TcpProxy("127.0.0.1", h2Server.getPort());
            database = new TestDatabase("jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/tadreeb" + TestDatabase.h2Options(),
                    "tadreeb", "tadreeb");
        }
        return Deployments.tadreeb(database, Map.of("tadreeb.demo-data.enabled", "true"));
    }

    @AfterAll
    static void stopDatabaseRelay() {
        if (proxy != null) {
            proxy.close();
        }
        if (h2Server != null) {
            h2Server.stop();
        }
    }

    @ArquillianResource
    URL deploymentUrl;

    @Test
    void readinessGoesDownWhileTheDatabaseIsAwayAndUpWhenItReturns() throws IOException {
        WebClient client = new WebClient(deploymentUrl);
        awaitReadiness(client, 200);
        assertEquals(201, tokenResponse(client).statusCode());

        proxy.cut();
        HttpResponse<String> down = awaitReadiness(client, 503);
        assertTrue(down.body().contains("\"DOWN\""), down.body());
        assertEquals(200, client.get("health/live").statusCode(), "the process itself stays alive");

        proxy.restore();
        awaitReadiness(client, 200);
        assertEquals(201, awaitResponse(() -> tokenResponse(client), r -> r.statusCode() == 201).statusCode(),
                "the application works again without a restart");
    }

    private static HttpResponse<String> tokenResponse(WebClient client) {
        return client.postJson("api/v1/tokens", "{\"username\":\"" + DemoAccounts.ADMIN.username
                + "\",\"password\":\"" + DemoAccounts.ADMIN.password + "\"}");
    }

    private static HttpResponse<String> awaitReadiness(WebClient client, int status) {
        return awaitResponse(() -> client.get("health/ready"), r -> r.statusCode() == status);
    }

    private static HttpResponse<String> awaitResponse(java.util.function.Supplier<HttpResponse<String>> request,
                                                      Predicate<HttpResponse<String>> wanted) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        HttpResponse<String> last = request.get();
        while (!wanted.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Still " + last.statusCode() + " after 60 s: " + last.body());
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
            last = request.get();
        }
        return last;
    }
}
