package org.livelihoodmatch.matching;

import java.time.LocalDate;
import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLabels;
import org.livelihoodmatch.livelihood.Reason;
import org.livelihoodmatch.system.LocalFormats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A pathway's reasons in the reader's language, for the pages ({@code ${@reasonWords.say(r)}}): the
 * words from the bundles ({@code reason.*}), occupations, provinces and family livelihoods by their
 * names in that language, money in its format, loan products by their names. A reason whose words
 * are missing is shown in English rather than not at all.
 */
@Component("reasonWords")
public class ReasonWords {

  private final MessageSource messages;
  private final Catalogue catalogue;
  private final LocalFormats formats;

  ReasonWords(MessageSource messages, Catalogue catalogue, LocalFormats formats) {
    this.messages = messages;
    this.catalogue = catalogue;
    this.formats = formats;
  }

  public String say(Reason reason) {
    return say(reason, LocaleContextHolder.getLocale());
  }

  public String say(Reason reason, Locale locale) {
    CatalogueLabels labels = CatalogueLabels.of(catalogue, locale);
    Object[] args = new Object[reason.args().size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = word(reason.args().get(i), labels, locale);
    }
    return messages.getMessage(reason.key(), args, reason.english(), locale);
  }

  /** A family livelihood of the catalogue by its name in the reader's language. */
  public String familyLivelihood(String code) {
    return (String) word(new Reason.FamilyLivelihood(code), null, LocaleContextHolder.getLocale());
  }

  private Object word(Object arg, CatalogueLabels labels, Locale locale) {
    if (arg instanceof Reason part) {
      return say(part, locale);
    }
    if (arg instanceof Reason.Occupation o) {
      return labels.occupation(o.code());
    }
    if (arg instanceof Reason.Province p) {
      return labels.province(p.code());
    }
    if (arg instanceof LocalDate day) {
      return formats.date(day, locale);
    }
    if (arg instanceof Reason.Money m) {
      return formats.money(m.amount(), locale);
    }
    if (arg instanceof Reason.Loan l) {
      return messages.getMessage(
          "loan.product." + l.code(),
          null,
          catalogue.microcreditProduct(l.code()).map(p -> p.name()).orElse(l.code()),
          locale);
    }
    if (arg instanceof Reason.FamilyLivelihood f) {
      return catalogue.familyLivelihoods().stream()
          .filter(x -> x.code().equals(f.code()))
          .findFirst()
          .map(x -> "km".equals(locale.getLanguage()) ? x.nameKm() : x.nameEn())
          .orElse(f.code());
    }
    return arg;
  }
}
