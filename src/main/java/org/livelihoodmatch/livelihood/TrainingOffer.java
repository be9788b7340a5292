package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A training intake that has not started, as the pathway generator sees it.
 *
 * @param languages the languages it is taught in (Khmer when none is named); a client must speak
 *     one of them
 * @param provider who runs it (an NGO or a school), whose past trainees' outcomes are pooled
 */
public record TrainingOffer(
    UUID id,
    String title,
    String occupation,
    String province,
    LocalDate startDate,
    LocalDate endDate,
    int weeks,
    int openSeats,
    int minAge,
    String sex,
    ClientProfile.Literacy literacyRequired,
    boolean providesAccommodation,
    BigDecimal monthlyStipend,
    BigDecimal costPerTrainee,
    Set<String> languages,
    String provider) {

  public TrainingOffer {
    languages = Languages.orKhmer(languages);
  }
}
