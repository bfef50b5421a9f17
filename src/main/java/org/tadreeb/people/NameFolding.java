package org.tadreeb.people;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds names so that a search finds them however they were typed: Arabic diacritics (tashkeel) and the
 * tatweel are dropped, the alef forms أ إ آ ٱ become ا, ة becomes ه, ى becomes ي, and the hamza carriers ؤ ئ
 * become و ي; Arabic-Indic digits become 0-9; Latin letters lose case and accents; runs of spaces become one.
 */
public final class NameFolding {

    private NameFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(text.length());
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        boolean lastWasSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isDropped(c)) {
                continue;
            }
            char mapped = map(c);
            if (Character.isWhitespace(mapped)) {
                if (!lastWasSpace) {
                    folded.append(' ');
                    lastWasSpace = true;
                }
                continue;
            }
            folded.append(mapped);
            lastWasSpace = false;
        }
        return folded.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Whether a text, folded, equals any of the candidates, folded; never for a blank text. */
    public static boolean sameAsAny(String text, String... candidates) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return false;
        }
        for (String candidate : candidates) {
            if (folded.equals(fold(candidate))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDropped(char c) {
        return (c >= '\u064B' && c <= '\u065F') // tashkeel, including the hamza above and below left by NFKD
                || c == '\u0670'                // superscript alef
                || c == '\u0640'                // tatweel
                || Character.getType(c) == Character.NON_SPACING_MARK; // Latin accents after NFKD
    }

    private static char map(char c) {
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ة' -> 'ه';
            case 'ى' -> 'ي';
            case 'ؤ' -> 'و';
            case 'ئ' -> 'ي';
            case '\u00A0', '\u200F', '\u200E' -> ' ';
            default -> c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')    // Arabic-Indic digits
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0')  // Eastern Arabic-Indic digits
                    : c;
        };
    }
}
