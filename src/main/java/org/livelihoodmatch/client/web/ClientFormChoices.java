package org.livelihoodmatch.client.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.livelihoodmatch.catalogue.Catalogue;
import org.springframework.stereotype.Component;

/**
 * The choices of the client form in the reader's language: provinces and occupations from the
 * catalogues, the languages offered (hers too, when she speaks one the list lacks, so that an edit
 * never drops it) and the fixed answers of the API.
 */
@Component
class ClientFormChoices {

  /** One choice: the code sent, the name shown. */
  record Choice(String code, String label) {}

  /** Everything the form offers. */
  record Choices(
      List<Choice> provinces,
      List<Choice> occupations,
      List<String> languages,
      List<String> sexes,
      List<String> literacies,
      List<String> levels,
      List<String> lenders,
      List<String> supportNeeds) {}

  /** Khmer, the foreign languages of Cambodia's workplaces and the north-east's own. */
  static final List<String> LANGUAGES =
      List.of("km", "en", "zh", "vi", "th", "tpu", "jra", "krr", "cmo");

  private final Catalogue catalogue;

  ClientFormChoices(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Choices in(Locale locale, ClientPageForm form) {
    boolean khmer = "km".equals(locale.getLanguage());
    Collator order = Collator.getInstance(khmer ? Locale.forLanguageTag("km") : Locale.ENGLISH);
    List<Choice> provinces =
        catalogue.provinces().stream()
            .map(p -> new Choice(p.code(), khmer ? p.nameKm() : p.nameEn()))
            .toList();
    List<Choice> occupations =
        catalogue.occupations().stream()
            .map(o -> new Choice(o.code(), khmer ? o.nameKm() : o.nameEn()))
            .sorted(Comparator.comparing(Choice::label, order))
            .toList();
    Set<String> languages = new LinkedHashSet<>(LANGUAGES);
    languages.addAll(form.languages);
    return new Choices(
        provinces,
        occupations,
        List.copyOf(languages),
        List.of("F", "M", "X"),
        List.of("NONE", "BASIC", "FUNCTIONAL"),
        List.of("INTEREST", "TRAINED", "EXPERIENCED"),
        List.of("MICROFINANCE", "MONEYLENDER", "FAMILY", "EMPLOYER"),
        List.of("COUNSELLING", "LEGAL_AID", "FAMILY_MEDIATION"));
  }
}
