package org.livelihoodmatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Dates, times and money as an English and a Khmer reader write them, from the real bundles. */
class LocalFormatsTests {

  private static final Locale KHMER = Locale.forLanguageTag("km");

  private final LocalFormats formats =
      new LocalFormats(bundles(), Clock.system(ZoneId.of("Asia/Phnom_Penh")));

  @Test
  void aDayHasTheMonthsNameInTheReadersLanguage() {
    LocalDate day = LocalDate.of(2027, 2, 1);
    assertThat(formats.date(day, Locale.ENGLISH)).isEqualTo("1 Feb 2027");
    assertThat(formats.date(day, KHMER)).isEqualTo("1 កុម្ភៈ 2027");
    assertThat(formats.date(LocalDate.of(2026, 12, 25), KHMER)).isEqualTo("25 ធ្នូ 2026");
    assertThat(formats.date(null, KHMER)).isEmpty();
  }

  @Test
  void aDayFollowsThePagesLanguage() {
    try {
      LocaleContextHolder.setLocale(KHMER);
      assertThat(formats.date(LocalDate.of(2027, 4, 10))).isEqualTo("10 មេសា 2027");
      LocaleContextHolder.setLocale(Locale.ENGLISH);
      assertThat(formats.date(LocalDate.of(2027, 4, 10))).isEqualTo("10 Apr 2027");
    } finally {
      LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void anInstantIsShownInPhnomPenhTime() {
    // 01:05 UTC is 08:05 in Phnom Penh (UTC+7); 20:00 UTC is already the next day there
    Instant morning = Instant.parse("2027-02-01T01:05:00Z");
    assertThat(formats.dateTime(morning, Locale.ENGLISH)).isEqualTo("1 Feb 2027 08:05");
    assertThat(formats.dateTime(morning, KHMER)).isEqualTo("1 កុម្ភៈ 2027 08:05");
    assertThat(formats.dateTime(Instant.parse("2027-01-31T20:00:00Z"), Locale.ENGLISH))
        .isEqualTo("1 Feb 2027 03:00");
    assertThat(
            formats.dateTime(
                OffsetDateTime.of(2027, 2, 1, 1, 5, 4, 0, ZoneOffset.UTC), Locale.ENGLISH))
        .isEqualTo("1 Feb 2027 08:05");
    assertThat(formats.time(Instant.parse("2027-02-01T01:05:04Z"))).isEqualTo("08:05:04");
    assertThat(formats.dateTime(null, KHMER)).isEmpty();
    assertThat(formats.time(null)).isEmpty();
  }

  @Test
  void theDefaultZoneIsCambodias() {
    LocalFormats plain = new LocalFormats(bundles());
    assertThat(plain.dateTime(Instant.parse("2027-02-01T01:05:00Z"), Locale.ENGLISH))
        .isEqualTo("1 Feb 2027 08:05");
  }

  @Test
  void moneyHasTheReadersSeparatorsAndCurrency() {
    assertThat(formats.money(new BigDecimal("1234.5"), Locale.ENGLISH)).isEqualTo("US$1,234.50");
    assertThat(formats.money(new BigDecimal("1234.5"), KHMER)).isEqualTo("1.234,50 ដុល្លារ");
  }

  private static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "planner-messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return source;
  }
}
