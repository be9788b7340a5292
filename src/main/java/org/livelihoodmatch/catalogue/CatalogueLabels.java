package org.livelihoodmatch.catalogue;

import java.util.Locale;

/**
 * The names of provinces and occupations in the reader's language (Khmer or English), for pages. An
 * unknown code is shown as it is.
 */
public final class CatalogueLabels {

  private final Catalogue catalogue;
  private final boolean khmer;

  private CatalogueLabels(Catalogue catalogue, boolean khmer) {
    this.catalogue = catalogue;
    this.khmer = khmer;
  }

  public static CatalogueLabels of(Catalogue catalogue, Locale locale) {
    return new CatalogueLabels(catalogue, locale != null && "km".equals(locale.getLanguage()));
  }

  public String province(String code) {
    return catalogue.province(code).map(p -> khmer ? p.nameKm() : p.nameEn()).orElse(code);
  }

  public String occupation(String code) {
    return catalogue.occupation(code).map(o -> khmer ? o.nameKm() : o.nameEn()).orElse(code);
  }
}
