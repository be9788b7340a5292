package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A synthetic training intake as the demo loads it into {@code training_intake}: a course of a
 * programme occupation, where and when it runs, its seats and who may join ({@code sex} null for
 * everyone), and the languages it is taught in.
 */
public record SyntheticIntake(
    String title,
    String occupation,
    String provider,
    String province,
    LocalDate startDate,
    int durationWeeks,
    int seats,
    int minAge,
    String sex,
    String literacyRequired,
    boolean providesAccommodation,
    BigDecimal monthlyStipend,
    BigDecimal costPerTrainee,
    List<String> languages) {

  /** The last day of the course, as the training module computes it. */
  public LocalDate endDate() {
    return startDate.plusWeeks(durationWeeks).minusDays(1);
  }
}
