package org.livelihoodmatch.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, money and dates as the reader writes them: {@code 1,234.50} and {@code US$1,234.50} in
 * English, {@code 1.234,50} and {@code 1.234,50 ដុល្លារ} in Khmer (the Unicode CLDR's separators
 * for each language); {@code 1 Feb 2027} and {@code 1 កុម្ភៈ 2027} (the CLDR's month names), times
 * in the service's zone (Cambodia's). Pages call it as {@code ${@formats.money(amount)}} or {@code
 * ${@formats.date(day)}}; the page's language is the request's. Form inputs and the API keep ISO
 * dates.
 */
@Component("formats")
public class LocalFormats {

  private static final String DATE = "d MMM yyyy";

  private final MessageSource messages;
  private final ZoneId zone;

  /** Times in Cambodia's zone, the service clock's. */
  public LocalFormats(MessageSource messages) {
    this(messages, ZoneId.of("Asia/Phnom_Penh"));
  }

  @Autowired
  public LocalFormats(MessageSource messages, Clock clock) {
    this(messages, clock.getZone());
  }

  private LocalFormats(MessageSource messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  /** A day with the month's name in the reader's language: {@code 1 Feb 2027}, or nothing. */
  public String date(LocalDate day) {
    return date(day, LocaleContextHolder.getLocale());
  }

  /** The same in {@code locale}; static, for callers that have no {@code LocalFormats} at hand. */
  public static String date(LocalDate day, Locale locale) {
    return day == null ? "" : DateTimeFormatter.ofPattern(DATE, locale).format(day);
  }

  /**
   * An instant (an {@link Instant}, {@code OffsetDateTime} or {@code ZonedDateTime}) as the day and
   * minute in the service's zone: {@code 1 Feb 2027 08:05}, or nothing.
   */
  public String dateTime(Temporal moment) {
    return dateTime(moment, LocaleContextHolder.getLocale());
  }

  public String dateTime(Temporal moment, Locale locale) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofPattern(DATE + " HH:mm", locale)
            .withZone(zone)
            .format(instant(moment));
  }

  /** The time of day of an instant in the service's zone, to the second: {@code 08:05:04}. */
  public String time(Temporal moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm:ss").withZone(zone).format(instant(moment));
  }

  private static Instant instant(Temporal moment) {
    return Instant.from(moment);
  }

  /** US dollars with cents, with the currency as the reader's language writes it. */
  public String money(BigDecimal amount) {
    return money(amount, LocaleContextHolder.getLocale());
  }

  /** US cents as dollars, as {@link #money(BigDecimal)}. */
  public String money(long cents) {
    return money(BigDecimal.valueOf(cents, 2));
  }

  public String money(BigDecimal amount, Locale locale) {
    if (amount == null) {
      return "";
    }
    String figure = amount(amount, locale);
    return messages.getMessage("format.money", new Object[] {figure}, "US$" + figure, locale);
  }

  /** An amount of dollars with cents and the reader's separators, under a heading that says US$. */
  public String amount(BigDecimal amount) {
    return amount(amount, LocaleContextHolder.getLocale());
  }

  private static String amount(BigDecimal amount, Locale locale) {
    return amount == null ? "" : decimals(locale).format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  /** A whole or decimal number with the reader's separators (no more than two decimals). */
  public String number(Number value) {
    return number(value, LocaleContextHolder.getLocale());
  }

  public String number(Number value, Locale locale) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }

  private static DecimalFormat decimals(Locale locale) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(locale));
  }
}
