package org.tadreeb.platform.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/**
 * Renders a kind of message in one language from its UTF-8 templates under {@code org/tadreeb/mail/}: the
 * plain-text part from {@code <kind>_<lang>.txt}, the HTML part from {@code <kind>_<lang>.html} inside
 * {@code layout.html}, and the subject from the bundles. Templates name values as {@code {{name}}}; values are
 * HTML-escaped in the HTML part, and a value a template names but the caller did not give is a programming error.
 */
public final class MailTemplates {

    static final String FOLDER = "org/tadreeb/mail/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}}");

    /** A message ready to send, as it will be stored in the outbox. */
    public record Rendered(String subject, String text, String html) {
    }

    private MailTemplates() {
    }

    public static Rendered render(MailKind kind, Language language, Map<String, String> values) {
        String subject = fill(Messages.text(language, kind.subjectKey()), values, UnaryOperator.identity());
        String footer = Messages.text(language, "mail.footer");
        String text = fill(read(kind.templateName() + "_" + language.code() + ".txt"), values, UnaryOperator.identity())
                .strip() + "\n\n-- \n" + footer + "\n";
        Map<String, String> page = new HashMap<>();
        page.put("lang", language.code());
        page.put("dir", language.direction());
        page.put("subject", escapeHtml(subject));
        page.put("footer", escapeHtml(footer));
        page.put("content", fill(read(kind.templateName() + "_" + language.code() + ".html"), values, MailTemplates::escapeHtml));
        return new Rendered(subject, text, fill(read("layout.html"), page, UnaryOperator.identity()));
    }

    static String fill(String template, Map<String, String> values, UnaryOperator<String> escape) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("The mail template needs a value for " + matcher.group(1));
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(escape.apply(value)));
        }
        return matcher.appendTail(filled).toString();
    }

    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Templates are read once: the class loader's lookup costs more than rendering (docs/performance.md, "Enrolling"). */
    private static final Map<String, String> READ = new java.util.concurrent.ConcurrentHashMap<>();

    static String read(String name) {
        return READ.computeIfAbsent(name, MailTemplates::load);
    }

    private static String load(String name) {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The mail template " + FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
