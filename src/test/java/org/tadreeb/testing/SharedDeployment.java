package org.tadreeb.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.FileAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one Tadreeb that every ordinary integration and browser test of a Maven pass runs against: one Payara Micro,
 * one fresh database with the demo data, one test mailbox, one signing-key folder, one set of test settings, and
 * every test class and test servlet of the project inside it. A test class joins it with
 *
 * <pre>
 * &#64;IntegrationTest
 * class SomethingIT {
 *     &#64;Deployment
 *     static WebArchive deployment() {
 *         return SharedDeployment.archive();
 *     }
 * </pre>
 *
 * (testable, as every class on it must be: put {@code @RunAsClient} on a class or method that runs outside the
 * server). The first class to deploy it starts the server ({@code SteadyPayaraMicroContainer} keeps it until the
 * suite ends); later classes only learn its address, so adding a class adds no server start. Tests on it share
 * one database and one mailbox: each makes its own data with codes of its own and asserts on that alone (see
 * docs/operations.md, "Tests").
 */
public final class SharedDeployment {

    /** Archive names that tell the container to keep one server for every class that deploys them. */
    private static final String KEPT_PREFIX = "shared-";
    public static final String NAME = KEPT_PREFIX + "tadreeb.war";

    /** The settings every test on the shared server lives with (on top of the database and the mailbox). */
    private static final Map<String, String> SETTINGS = Map.ofEntries(
            Map.entry("tadreeb.public-url", "https://tadreeb.example.org"),
            Map.entry("tadreeb.certificates.prefix", "TST"),
            Map.entry("tadreeb.certificates.reminders.enabled", "false"),
            // Every test's failed look-ups come from 127.0.0.1: the throttle is tested on a server of its own.
            Map.entry("tadreeb.certificates.verify.max-failures", "1000"),
            Map.entry("tadreeb.evaluation.min-responses", "2"),
            Map.entry("tadreeb.accounts.reset-hours", "0"),
            Map.entry("tadreeb.mail.poll-seconds", "1"),
            Map.entry("tadreeb.mail.retry.first-seconds", "1"),
            Map.entry("tadreeb.mail.retry.max-seconds", "2"));

    private static TestMailbox mailbox;
    /** The kept servers that have started, by archive name. */
    private static final Map<String, ProtocolMetaData> RUNNING = new java.util.concurrent.ConcurrentHashMap<>();

    private SharedDeployment() {
    }

    /** The shared deployment: built in full only for the class that will start the server. */
    public static synchronized WebArchive archive() {
        if (RUNNING.containsKey(NAME)) {
            return ShrinkWrap.create(WebArchive.class, NAME);
        }
        Map<String, String> settings = new LinkedHashMap<>(SETTINGS);
        settings.putAll(((TestMailbox) mailbox()).settings());
        return kept(NAME, TestDatabase.fresh(), settings);
    }

    /**
     * Another server kept for the classes that deploy this name (which must start with {@code shared-}): Tadreeb
     * on the database given with the settings given, its own signing key, and every test class inside. For tests
     * whose subject needs another state than the shared one's, such as {@link OutageDeployment}'s.
     */
    static WebArchive kept(String name, TestDatabase database, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put("tadreeb.certificates.key-path", keyFolder().resolve("signing.pem").toString());
        WebArchive archive = Deployments.tadreeb(name, database, all);
        addTestClasses(archive);
        addTestPages(archive);
        return archive;
    }

    /** Whether the kept server of this name runs: then its classes deploy an empty archive of that name. */
    static boolean isRunning(String name) {
        return RUNNING.containsKey(name);
    }

    /**
     * The test mailbox the shared server sends to, started with the first call. Typed loosely because test classes
     * are also loaded inside the server, where GreenMail is absent: use {@link TestMailbox}'s static helpers on it.
     */
    public static synchronized AutoCloseable mailbox() {
        if (mailbox == null) {
            mailbox = new TestMailbox();
        }
        return mailbox;
    }

    /** Whether the container keeps one server for all the classes that deploy an archive of this name. */
    public static boolean isKept(Archive<?> archive) {
        return archive != null && archive.getName().startsWith(KEPT_PREFIX);
    }

    /** The container's word that a kept server is up, at this address. */
    public static void started(String name, ProtocolMetaData metaData) {
        RUNNING.put(name, metaData);
    }

    /** The HTTP ports of the kept servers that run now. */
    public static java.util.Set<Integer> keptPorts() {
        return RUNNING.values().stream().flatMap(metaData -> metaData.getContexts(HTTPContext.class).stream())
                .map(HTTPContext::getPort).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * One line per Payara Micro started in this test JVM, in {@code target/payara-starts.txt}: .ci/run counts them
     * for its summary of each pass.
     */
    public static void countStart(String what) {
        try {
            Files.writeString(Path.of(System.getProperty("tadreeb.test.starts", "target/payara-starts.txt")),
                    what + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    private static Path keyFolder() {
        try {
            return Files.createTempDirectory(Path.of("target"), "shared-keys").toAbsolutePath();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /**
     * Every compiled test class (tests, test beans, test servlets) goes into WEB-INF/classes, so that any class's
     * in-container tests find themselves there, whichever class started the server. Benchmarks are left out: they
     * have deployments of their own; so is the architecture test, which runs outside the server (ArchUnit is not in the WAR).
     */
    private static void addTestClasses(WebArchive archive) {
        Path classes = Path.of(System.getProperty("tadreeb.test.classes", "target/test-classes"));
        Path root = classes.resolve("org");
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().contains("Benchmark"))
                    .filter(file -> !file.getFileName().toString().startsWith("ArchitectureTest"))
                    .forEach(file -> archive.add(new FileAsset(file.toFile()),
                            "WEB-INF/classes/" + classes.relativize(file).toString().replace('\\', '/')));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Pages that exist only for tests (src/test/webapp), at the root of the site. */
    private static void addTestPages(WebArchive archive) {
        Path pages = Path.of(System.getProperty("tadreeb.test.pages", "src/test/webapp"));
        if (!Files.isDirectory(pages)) {
            return;
        }
        try (Stream<Path> files = Files.walk(pages)) {
            files.filter(Files::isRegularFile).forEach(file -> archive.add(new FileAsset(file.toFile()),
                    pages.relativize(file).toString().replace('\\', '/')));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
