package org.tadreeb.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.tadreeb.cohort.CohortStatus;
import org.tadreeb.course.DeliveryMode;
import org.tadreeb.enrolment.EnrolmentStatus;
import org.tadreeb.people.Role;
import org.tadreeb.platform.mail.MailKind;
import org.tadreeb.platform.mail.OutboxStatus;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every text a person reads comes from the bundles, in both languages: the two bundles have the same keys,
 * every key the views and the code use exists, and no view holds literal text.
 */
class BundlesTest {

    private static final Path VIEWS = Path.of("src/main/webapp");
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    /** The form-row tag takes bundle keys, not text, in its label and hint. */
    private static final Pattern TAG_KEY = Pattern.compile("<t:field\\b[^>]*?\\b(?:label|hint)=\"([^\"#]+)\"");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:text|response|write|super|Exception)\\([^;]*?\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*\\}");
    /** Attributes whose value a person reads or hears. */
    private static final Set<String> HUMAN_ATTRIBUTES = Set.of("value", "title", "alt", "placeholder", "aria-label",
            "headerText", "emptyMessage", "requiredMessage", "validatorMessage", "converterMessage", "label", "footerText");
    /** Elements whose "value" is data, not text (inputs are filled by the user; params are EL). */
    private static final Set<String> DATA_VALUE_ELEMENTS = Set.of("ui:param", "f:param", "f:viewParam");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> arabic = keys(Language.ARABIC);
        Set<String> english = keys(Language.ENGLISH);
        assertEquals(new TreeSet<>(english), new TreeSet<>(arabic), "messages_ar and messages_en differ");
        for (Language language : Language.values()) {
            Properties bundle = load(language);
            for (String key : bundle.stringPropertyNames()) {
                assertTrue(!bundle.getProperty(key).isBlank(), key + " is empty in " + language);
            }
        }
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path view : views()) {
            String text = Files.readString(view);
            for (Pattern pattern : List.of(VIEW_KEY, TAG_KEY)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    if (!keys(Language.ENGLISH).contains(matcher.group(1))) {
                        missing.add(view + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = CODE_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!keys(Language.ENGLISH).contains(matcher.group(1))) {
                        missing.add(source.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        for (Role role : Role.values()) {
            requireKey(role.messageKey(), missing);
        }
        for (CohortStatus status : CohortStatus.values()) {
            requireKey(status.messageKey(), missing);
        }
        for (EnrolmentStatus status : EnrolmentStatus.values()) {
            requireKey(status.messageKey(), missing);
        }
        for (DeliveryMode mode : DeliveryMode.values()) {
            requireKey(mode.messageKey(), missing);
        }
        for (OutboxStatus status : OutboxStatus.values()) {
            requireKey(status.messageKey(), missing);
        }
        for (MailKind kind : MailKind.values()) {
            requireKey(kind.messageKey(), missing);
            requireKey(kind.subjectKey(), missing);
        }
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 415, 422, 500}) {
            requireKey("problem.status." + status, missing);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void noViewHoldsLiteralText() throws Exception {
        List<String> literals = new ArrayList<>();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        for (Path view : views()) {
            Document document = factory.newDocumentBuilder().parse(view.toFile());
            collectLiterals(document.getDocumentElement(), view, literals);
        }
        assertEquals(List.of(), literals, "text in views must come from the bundles");
    }

    @Test
    void theCheckCatchesLiteralText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                "<div><h1>Welcome</h1><p:column headerText=\"Name\"/><span>#{msg['a']} – 3</span></div>"
                        .getBytes(StandardCharsets.UTF_8)));
        List<String> literals = new ArrayList<>();
        collectLiterals(document.getDocumentElement(), Path.of("sample.xhtml"), literals);
        assertEquals(List.of("sample.xhtml: <h1> Welcome", "sample.xhtml: <p:column headerText> Name"), literals);
    }

    private static void collectLiterals(Element element, Path view, List<String> literals) {
        String name = element.getTagName();
        if (name.equals("script") || name.equals("style")) {
            return;
        }
        boolean keysNotText = name.startsWith("t:");
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (HUMAN_ATTRIBUTES.contains(attribute.getName()) && !DATA_VALUE_ELEMENTS.contains(name) && !keysNotText
                    && hasWords(attribute.getValue())) {
                literals.add(view.getFileName() + ": <" + name + " " + attribute.getName() + "> " + attribute.getValue());
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE && hasWords(child.getNodeValue())) {
                literals.add(view.getFileName() + ": <" + name + "> " + child.getNodeValue().strip());
            } else if (child instanceof Element childElement) {
                collectLiterals(childElement, view, literals);
            }
        }
    }

    private static boolean hasWords(String text) {
        return EXPRESSION.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private static void requireKey(String key, List<String> missing) {
        if (!keys(Language.ENGLISH).contains(key)) {
            missing.add(key);
        }
    }

    private static List<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }

    private static Set<String> keys(Language language) {
        return load(language).stringPropertyNames();
    }

    private static Properties load(Language language) {
        String resource = "/" + Messages.BUNDLE.replace('.', '/') + "_" + language.code() + ".properties";
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing");
            }
            Properties properties = new Properties();
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        } catch (IOException unreadable) {
            throw new AssertionError(unreadable);
        }
    }
}
