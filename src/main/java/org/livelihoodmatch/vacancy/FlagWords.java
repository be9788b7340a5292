package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A red flag's figures in the reader's language: "the wage, US$900.00, is more than twice the usual
 * US$200.00 for a sewing machine operator", with money and names as her language writes them. Pages
 * call {@code ${@flagWords.detail(flag)}}; a flag without figures (or stored before they were) has
 * no detail, and the page falls back to the screening's English message.
 */
@Component("flagWords")
public class FlagWords {

  private final MessageSource messages;
  private final Catalogue catalogue;
  private final LocalFormats formats;

  FlagWords(MessageSource messages, Catalogue catalogue, LocalFormats formats) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.formats = formats;
  }

  public String detail(RedFlag flag) {
    return detail(flag, LocaleContextHolder.getLocale());
  }

  public String detail(RedFlag flag, Locale locale) {
    List<String> figures = flag.figures();
    Object[] args =
        switch (flag.code()) {
          case "WAGE_FAR_ABOVE_MARKET" ->
              figures.size() < 3
                  ? null
                  : new Object[] {
                    formats.money(new BigDecimal(figures.get(0)), locale),
                    formats.money(new BigDecimal(figures.get(1)), locale),
                    CatalogueLabels.of(catalogue, locale).occupation(figures.get(2))
                  };
          case "HOURS_ABOVE_LEGAL_WEEK" ->
              figures.isEmpty()
                  ? null
                  : new Object[] {
                    formats.number(Integer.valueOf(figures.get(0)), locale),
                    formats.number(VacancyScreening.LEGAL_WEEK_HOURS, locale)
                  };
          default -> null;
        };
    return args == null
        ? null
        : messages.getMessage("redFlag." + flag.code() + ".detail", args, null, locale);
  }
}
