package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * An open vacancy as the pathway generator sees it.
 *
 * @param languages the languages the work is done in (Khmer when none is named); a client must
 *     speak one of them
 */
public record JobOffer(
    UUID id,
    UUID employerId,
    String title,
    String occupation,
    String province,
    BigDecimal monthlyWage,
    boolean providesAccommodation,
    boolean providesMeals,
    int minAge,
    LocalDate startDate,
    int openPositions,
    Set<String> languages) {

  public JobOffer {
    languages = Languages.orKhmer(languages);
  }
}
