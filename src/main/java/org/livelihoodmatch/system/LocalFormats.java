package org.livelihoodmatch.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers and money as the reader writes them: {@code 1,234.50} and {@code US$1,234.50} in English,
 * {@code 1.234,50} and {@code 1.234,50 ដុល្លារ} in Khmer (the Unicode CLDR's separators for each
 * language). Pages call it as {@code ${@formats.money(amount)}}; the page's language is the
 * request's.
 */
@Component("formats")
public class LocalFormats {

  private final MessageSource messages;

  public LocalFormats(MessageSource messages) {
    this.messages = messages;
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
    String figure = decimals(locale).format(amount.setScale(2, RoundingMode.HALF_UP));
    return messages.getMessage("format.money", new Object[] {figure}, "US$" + figure, locale);
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
