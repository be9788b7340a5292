package org.livelihoodmatch.vacancy;

import java.time.LocalDate;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.livelihood.Money;

/**
 * What an offer's terms must be besides legal: codes of the catalogues, a start date not past, a
 * wage in whole cents, and text without control characters. Checked with the screening, so that one
 * answer names every bad field.
 */
final class OfferRules {

  private OfferRules() {}

  static void check(VacancyTerms terms, Catalogue catalogue, LocalDate today, Refusals refusals) {
    catalogue
        .occupationProblem(terms.occupation())
        .ifPresent(m -> refusals.add("occupation", "UNKNOWN_OCCUPATION", m));
    catalogue
        .provinceProblem(terms.province())
        .ifPresent(m -> refusals.add("province", "UNKNOWN_PROVINCE", m));
    if (terms.startDate() != null && terms.startDate().isBefore(today)) {
      refusals.add("startDate", "START_DATE_PAST", "must not be in the past");
    }
    if (!Money.inWholeCents(terms.monthlyWage())) {
      refusals.add("monthlyWage", "WAGE_DECIMALS", Money.NOT_IN_CENTS);
    }
    PlainText.findControlCharacters(terms)
        .forEach(
            field ->
                refusals.add(field, "CONTROL_CHARACTERS", "must not contain control characters"));
  }
}
