package org.tadreeb.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one way a test deploys Tadreeb: the real WAR that {@code mvn package} built, plus the testing helpers,
 * with its configuration pointed at a fresh database (and whatever else a test overrides).
 *
 * <pre>
 * &#64;Deployment
 * static WebArchive deployment() {
 *     return Deployments.tadreeb();
 * }
 * </pre>
 */
public final class Deployments {

    private static final ArchivePath CONFIG = ArchivePaths.create("WEB-INF/classes/META-INF/microprofile-config.properties");

    private Deployments() {
    }

    /** Tadreeb on a fresh database, with the demo data loaded into it. */
    public static WebArchive tadreeb() {
        return tadreeb(TestDatabase.fresh(), Map.of());
    }

    public static WebArchive tadreeb(TestDatabase database, Map<String, String> settings) {
        return tadreeb("tadreeb.war", database, settings);
    }

    /** The same, under another archive name ({@link SharedDeployment#NAME} marks the one server kept for all). */
    static WebArchive tadreeb(String name, TestDatabase database, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("tadreeb.db.url", database.url());
        all.put("tadreeb.db.user", database.user());
        all.put("tadreeb.db.password", database.password());
        all.putAll(settings);
        File war = new File(System.getProperty("tadreeb.test.war", "target/tadreeb.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: integration tests run after 'mvn package' (use mvn verify)");
        }
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, name).importFrom(war).as(WebArchive.class)
                .addClasses(DemoAccounts.class, WebClient.class, InContainer.class);
        return withSettings(archive, all);
    }

    private static WebArchive withSettings(WebArchive archive, Map<String, String> settings) {
        Properties properties = new Properties();
        Node existing = archive.get(CONFIG);
        if (existing != null) {
            try (InputStream in = existing.getAsset().openStream()) {
                properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException unreadable) {
                throw new IllegalStateException(unreadable);
            }
            archive.delete(CONFIG);
        }
        properties.putAll(settings);
        StringBuilder text = new StringBuilder("# Written by org.tadreeb.testing.Deployments\n");
        properties.stringPropertyNames().stream().sorted().forEach(key ->
                text.append(key).append('=').append(escape(properties.getProperty(key))).append('\n'));
        archive.add(new StringAsset(text.toString()), CONFIG);
        return archive;
    }

    /** Properties files read backslashes as escapes; the values here are otherwise plain ASCII. */
    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
