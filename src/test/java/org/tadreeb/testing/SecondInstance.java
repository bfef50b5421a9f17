package org.tadreeb.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second Tadreeb, in its own Payara Micro process, on the same database as the one Arquillian deployed: what two
 * instances behind a load balancer look like to the database. Configured by environment variables, as in
 * production; no demo data (the first instance loaded it). Its log goes to {@code target/second-instance.log}.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final int port;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it and waits until {@code /health/ready} says UP (three minutes at most). */
    public static SecondInstance start(TestDatabase database) {
        return start(database, Map.of());
    }

    /**
     * The same with more settings (property names, such as {@code tadreeb.smtp.host}), handed over as environment
     * variables as in production.
     */
    public static SecondInstance start(TestDatabase database, Map<String, String> settings) {
        String jar = System.getProperty("payara.microJar");
        if (jar == null || !new File(jar).isFile()) {
            throw new IllegalStateException("payara.microJar is not set to Payara Micro's jar (run through mvn verify)");
        }
        File war = new File(System.getProperty("tadreeb.test.war", "target/tadreeb.war"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-jar", jar, "--deploy", war.getAbsolutePath(),
                "--port", Integer.toString(port), "--nocluster", "--contextroot", "/"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File("target/second-instance.log"));
        builder.environment().put("TADREEB_DB_URL", database.url());
        builder.environment().put("TADREEB_DB_USER", database.user());
        builder.environment().put("TADREEB_DB_PASSWORD", database.password());
        builder.environment().put("TADREEB_DEMO_DATA_ENABLED", "false");
        settings.forEach((name, value) -> builder.environment().put(
                name.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        try {
            SharedDeployment.countStart("second instance");
            SecondInstance instance = new SecondInstance(builder.start(), port);
            instance.awaitReady(Duration.ofMinutes(3));
            return instance;
        } catch (IOException failed) {
            throw new IllegalStateException("Cannot start the second instance", failed);
        }
    }

    public URL url() {
        try {
            return URI.create("http://localhost:" + port + "/").toURL();
        } catch (java.net.MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second instance stopped; see target/second-instance.log");
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/health/ready")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
            Eventually.pause(Duration.ofSeconds(2));
        }
        close();
        throw new IllegalStateException("The second instance was not ready within " + timeout.toSeconds() + " s");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
