package org.tadreeb.certificates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A certificate's human-readable number, {@code PREFIX-YYYY-000123}: sequential per year of issue. */
public record CertificateNumber(String prefix, int year, int serial) {

    private static final Pattern FORMAT = Pattern.compile("^([A-Z][A-Z0-9]{0,11})-(\\d{4})-(\\d{6,9})$");
    private static final Pattern PREFIX = Pattern.compile("^[A-Z][A-Z0-9]{0,11}$");

    public CertificateNumber {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A certificate prefix is 1 to 12 capital letters or digits, starting with a letter: " + prefix);
        }
        if (year < 1000 || year > 9999 || serial < 1) {
            throw new IllegalArgumentException("No such certificate number: " + prefix + " " + year + " " + serial);
        }
    }

    /** The number as typed or scanned (case and surrounding spaces ignored); empty when it cannot be one. */
    public static Optional<CertificateNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CertificateNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3))));
    }

    public static boolean isValidPrefix(String prefix) {
        return prefix != null && PREFIX.matcher(prefix).matches();
    }

    @Override
    public String toString() {
        return String.format("%s-%04d-%06d", prefix, year, serial);
    }
}
