package org.tadreeb.platform.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tadreeb.platform.i18n.Language;
import org.tadreeb.platform.i18n.Messages;

/** Every kind of message renders in both languages, with both parts, its values in place and safely escaped. */
class MailTemplatesTest {

    private static final Map<String, String> VALUES = Map.of(
            "name", "سلمى الحداد",
            "username", "salma.haddad",
            "link", "https://tadreeb.example/account?token=abc&lang=ar",
            "validHours", "48");

    @Test
    void everyKindHasBothPartsInBothLanguagesNamingTheSameValues() {
        for (MailKind kind : MailKind.values()) {
            Set<String> arabic = placeholders(kind, Language.ARABIC);
            for (Language language : Language.values()) {
                String where = kind + " in " + language;
                assertEquals(arabic, placeholders(kind, language), where + " names other values than in Arabic");
                assertFalse(Messages.text(language, kind.subjectKey()).equals(kind.subjectKey()), where + ": no subject");
                Map<String, String> values = new java.util.HashMap<>();
                arabic.stream().map(name -> name.substring(name.indexOf(':') + 1))
                        .forEach(name -> values.put(name, VALUES.getOrDefault(name, "«" + name + "»")));
                MailTemplates.Rendered mail = MailTemplates.render(kind, language, values);
                for (String part : new String[] {mail.subject(), mail.text(), mail.html()}) {
                    assertFalse(part.contains("{{"), where + " left a placeholder: " + part);
                }
                if (values.containsKey("link")) {
                    assertTrue(mail.text().contains(VALUES.get("link")), where + ": the link in the text part");
                }
                if (values.containsKey("validHours")) {
                    assertTrue(mail.text().contains("48") && mail.html().contains("48"), where + ": how long the link works");
                }
                for (String name : values.keySet()) {
                    assertTrue(mail.text().contains(values.get(name)), where + ": the value " + name + " in the text part");
                }
                assertTrue(mail.html().contains("<html lang=\"" + language.code() + "\" dir=\"" + language.direction() + "\">"),
                        where + ": the HTML part's language and direction");
                assertTrue(mail.text().endsWith(Messages.text(language, "mail.footer") + "\n"), where + ": the footer");
            }
        }
    }

    @Test
    void theArabicInvitationIsInArabicAndTheEnglishInEnglish() {
        MailTemplates.Rendered arabic = MailTemplates.render(MailKind.INVITATION, Language.ARABIC, VALUES);
        assertEquals("دعوتك إلى «تدريب»", arabic.subject());
        assertTrue(arabic.text().startsWith("مرحبًا سلمى الحداد،"), arabic.text());
        assertTrue(arabic.html().contains("<p>مرحبًا سلمى الحداد،</p>"));

        MailTemplates.Rendered english = MailTemplates.render(MailKind.INVITATION, Language.ENGLISH,
                Map.of("name", "Salma Haddad", "username", "salma", "link", "https://x.example/", "validHours", "24"));
        assertEquals("Your invitation to Tadreeb", english.subject());
        assertTrue(english.text().startsWith("Dear Salma Haddad,"), english.text());
        assertTrue(english.text().contains("works once, and for 24 hours"));
    }

    @Test
    void theWaitlistMailGivesThePlaceAndTheCohortInTheTraineesLanguage() {
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "name", "سلمى الحداد",
                "course", "<script>alert('x')</script> الشرطة المجتمعية",
                "cohort", "CP101-A",
                "startsOn", "2025-03-02",
                "endsOn", "2025-03-13",
                "venue", "القاعة 1",
                "position", "3",
                "link", "https://tadreeb.example/trainee/"));

        MailTemplates.Rendered arabic = MailTemplates.render(MailKind.ENROLMENT_WAITLISTED, Language.ARABIC, values);
        assertEquals("أُدرج اسمك في قائمة الانتظار", arabic.subject());
        assertTrue(arabic.text().contains("ترتيبك في قائمة الانتظار: 3"), arabic.text());
        assertTrue(arabic.text().contains("CP101-A"), arabic.text());
        assertTrue(arabic.html().contains("<strong dir=\"ltr\">3</strong>"), arabic.html());

        values.put("name", "Salma Haddad");
        values.put("venue", "Online");
        MailTemplates.Rendered english = MailTemplates.render(MailKind.ENROLMENT_WAITLISTED, Language.ENGLISH, values);
        assertEquals("You are on the waiting list", english.subject());
        assertTrue(english.text().contains("Your place on the waiting list: 3"), english.text());
        assertTrue(english.text().contains("CP101-A"), english.text());

        for (MailTemplates.Rendered mail : new MailTemplates.Rendered[] {arabic, english}) {
            assertFalse(mail.html().contains("<script>"), mail.html());
            assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), mail.html());
            assertTrue(mail.text().contains("<script>alert('x')</script>"), "plain text stays as given");
        }
    }

    @Test
    void valuesAreEscapedInTheHtmlPartOnly() {
        MailTemplates.Rendered mail = MailTemplates.render(MailKind.PASSWORD_RESET, Language.ENGLISH, Map.of(
                "name", "<script>alert('x')</script> & \"Co\"",
                "username", "co",
                "link", "https://x.example/reset?a=1&b=2",
                "validHours", "2"));
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assertTrue(mail.html().contains("href=\"https://x.example/reset?a=1&amp;b=2\""));
        assertTrue(mail.text().contains("Dear <script>alert('x')</script> & \"Co\","), "plain text stays as given");
    }

    @Test
    void aValueTheTemplateNeedsButTheCallerDidNotGiveIsAnError() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> MailTemplates.render(MailKind.INVITATION, Language.ARABIC, Map.of("name", "x", "username", "u", "link", "y")));
        assertTrue(missing.getMessage().contains("validHours"), missing.getMessage());
    }

    @Test
    void placeholdersMayHaveSpacesAndAReplacementMayHoldDollarSigns() {
        assertEquals("Pay $5 \\ now", MailTemplates.fill("Pay {{ amount }} now", Map.of("amount", "$5 \\"), s -> s));
    }

    private static Set<String> placeholders(MailKind kind, Language language) {
        Set<String> names = new TreeSet<>();
        for (String extension : new String[] {".txt", ".html"}) {
            Matcher matcher = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}")
                    .matcher(MailTemplates.read(kind.templateName() + "_" + language.code() + extension));
            while (matcher.find()) {
                names.add(extension + ":" + matcher.group(1));
            }
        }
        return names;
    }
}
