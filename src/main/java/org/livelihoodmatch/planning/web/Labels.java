package org.livelihoodmatch.planning.web;

import java.util.Locale;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * What the plan pages print for codes: province and occupation names in the page's language (Khmer
 * or English). Dates and times are {@code @formats}'.
 */
public final class Labels {

  private final Catalogue catalogue;

  Labels(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public String province(String code, Locale locale) {
    return catalogue
        .province(code)
        .map(p -> khmer(locale) ? p.nameKm() : p.nameEn())
        .orElse(code == null ? "" : code);
  }

  public String occupation(String code, Locale locale) {
    return catalogue
        .occupation(code)
        .map(o -> khmer(locale) ? o.nameKm() : o.nameEn())
        .orElse(code == null ? "" : code);
  }

  /** A family livelihood of the catalogue by its name in the page's language, else its code. */
  public String familyLivelihood(String code, Locale locale) {
    return catalogue.familyLivelihoods().stream()
        .filter(f -> f.code().equals(code))
        .findFirst()
        .map(f -> khmer(locale) && f.nameKm() != null ? f.nameKm() : f.nameEn())
        .orElse(code == null ? "" : code);
  }

  /** A microcredit product's name in the catalogue, else its code. */
  public String loanProduct(String code) {
    return catalogue.microcreditProduct(code).map(p -> p.name()).orElse(code == null ? "" : code);
  }

  private static boolean khmer(Locale locale) {
    return locale != null && "km".equals(locale.getLanguage());
  }
}
