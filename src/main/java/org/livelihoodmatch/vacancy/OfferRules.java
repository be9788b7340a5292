package org.livelihoodmatch.vacancy;

import java.time.LocalDate;
import org.livelihoodmatch.catalogue.Catalogue;

/**
 * What an offer's terms must be besides legal: codes of the catalogues, a start date not past, a
 * wage in whole cents, and text without control characters. Checked with the screening, so that one
 * answer names every bad field.
 */
final class OfferRules {

  private OfferRules() {}

  static void check(VacancyTerms terms, Catalogue catalogue, LocalDate today, Refusals refusals) {
    if (terms.occupation() != null && !catalogue.isOccupation(terms.occupation())) {
      refusals.add(
          "occupation",
          "UNKNOWN_OCCUPATION",
          "'" + terms.occupation() + "' is not an occupation of the catalogue");
    }
    if (terms.province() != null && !catalogue.isProvince(terms.province())) {
      refusals.add(
          "province",
          "UNKNOWN_PROVINCE",
          "'" + terms.province() + "' is not a province code (01..25)");
    }
    if (terms.startDate() != null && terms.startDate().isBefore(today)) {
      refusals.add("startDate", "START_DATE_PAST", "must not be in the past");
    }
    if (terms.monthlyWage() != null && terms.monthlyWage().scale() > 2) {
      refusals.add("monthlyWage", "WAGE_DECIMALS", "must have at most 2 decimals");
    }
    PlainText.findControlCharacters(terms)
        .forEach(
            field ->
                refusals.add(field, "CONTROL_CHARACTERS", "must not contain control characters"));
  }
}
