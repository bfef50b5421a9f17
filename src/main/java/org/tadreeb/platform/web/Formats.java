package org.tadreeb.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.tadreeb.platform.CentreClock;
import org.tadreeb.platform.i18n.CurrentLanguage;

/** Dates, times and numbers written the way the reader's language writes them ({@code #{formats...}}). */
@Named
@RequestScoped
public class Formats {

    @Inject
    CurrentLanguage language;

    @Inject
    CentreClock clock;

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale()).withDecimalStyle(DecimalStyle.of(locale())).format(date);
    }

    public String dateTime(LocalDateTime dateTime) {
        return dateTime == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale()).withDecimalStyle(DecimalStyle.of(locale())).format(dateTime);
    }

    public String time(LocalDateTime dateTime) {
        return dateTime == null ? "" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale()).withDecimalStyle(DecimalStyle.of(locale())).format(dateTime);
    }

    /** A moment (such as a record's {@code createdAt}) as the centre's wall-clock date and time. */
    public String instant(Instant instant) {
        return instant == null ? "" : dateTime(LocalDateTime.ofInstant(instant, clock.zone()));
    }

    public String number(Number number) {
        return number == null ? "" : NumberFormat.getIntegerInstance(locale()).format(number);
    }

    /** Points, totals and rates: up to two decimals, as the reader's language writes them. */
    public String decimal(Number number) {
        if (number == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(number);
    }

    private Locale locale() {
        return language.getLocale();
    }
}
