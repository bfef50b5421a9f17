package org.tadreeb.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void codesWithRegionsAndCaseAreRecognised() {
        assertEquals(Optional.of(Language.ARABIC), Language.fromCode("ar-JO"));
        assertEquals(Optional.of(Language.ENGLISH), Language.fromCode(" EN "));
        assertTrue(Language.fromCode("fr").isEmpty());
        assertTrue(Language.fromCode(null).isEmpty());
        assertTrue(Language.fromCode("").isEmpty());
    }

    @Test
    void arabicIsTheDefaultAndIsWrittenRightToLeft() {
        assertEquals(Language.ARABIC, Language.DEFAULT);
        assertEquals("rtl", Language.ARABIC.direction());
        assertEquals("ltr", Language.ENGLISH.direction());
        assertEquals(Language.ENGLISH, Language.ARABIC.other());
    }

    @Test
    void messagesAreFormattedInTheirLanguage() {
        assertEquals("There is no account with the user name layla.", Messages.text(Language.ENGLISH, "account.error.unknown", "layla"));
        assertEquals("لا يوجد حساب باسم المستخدم layla.", Messages.text(Language.ARABIC, "account.error.unknown", "layla"));
        assertEquals("no.such.key", Messages.text(Language.ARABIC, "no.such.key"));
    }
}
