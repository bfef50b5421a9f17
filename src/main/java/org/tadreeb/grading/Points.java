package org.tadreeb.grading;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tadreeb.platform.BusinessException;

/**
 * Reads points as people type them, in a cell of the gradebook or of a spreadsheet: Western or Arabic-Indic digits,
 * with a point, a comma or the Arabic decimal separator (٫) before the decimals. Blank means no score.
 */
public final class Points {

    private static final Pattern NUMBER = Pattern.compile("[0-9]+(\\.[0-9]+)?|\\.[0-9]+");

    private Points() {
    }

    /** The points typed, or empty for a blank; refused ({@code gradebook.error.notANumber}) when not a number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        StringBuilder plain = new StringBuilder();
        for (char c : text.strip().toCharArray()) {
            if (c >= '\u0660' && c <= '\u0669') {
                plain.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                plain.append((char) ('0' + c - '\u06F0'));
            } else if (c == ',' || c == '\u066B') {
                plain.append('.');
            } else {
                plain.append(c);
            }
        }
        String number = plain.toString();
        if (number.startsWith("-") && NUMBER.matcher(number.substring(1)).matches()) {
            return Optional.of(new BigDecimal(number));
        }
        if (!NUMBER.matcher(number).matches()) {
            throw new BusinessException("gradebook.error.notANumber", text.strip());
        }
        return Optional.of(new BigDecimal(number));
    }

    /** Points as the gradebook writes them: no trailing zeros ("12.5", "40"). */
    public static String format(BigDecimal points) {
        return points == null ? "" : points.stripTrailingZeros().toPlainString();
    }
}
