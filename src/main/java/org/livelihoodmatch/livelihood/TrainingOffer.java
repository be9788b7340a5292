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
 * @param kind a vocational course, a literacy class or a school; the last two lead to no occupation
 *     of their own ({@code occupation} may be {@code null})
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
    String provider,
    Kind kind) {

  /** What an intake teaches: a trade, reading and writing, or school itself. */
  public enum Kind {
    VOCATIONAL,
    LITERACY,
    SCHOOL
  }

  public TrainingOffer {
    languages = Languages.orKhmer(languages);
    kind = kind == null ? Kind.VOCATIONAL : kind;
  }

  /** A vocational intake, as before intakes had a kind. */
  public TrainingOffer(
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
    this(
        id,
        title,
        occupation,
        province,
        startDate,
        endDate,
        weeks,
        openSeats,
        minAge,
        sex,
        literacyRequired,
        providesAccommodation,
        monthlyStipend,
        costPerTrainee,
        languages,
        provider,
        Kind.VOCATIONAL);
  }

  public boolean isEducation() {
    return kind != Kind.VOCATIONAL;
  }
}
