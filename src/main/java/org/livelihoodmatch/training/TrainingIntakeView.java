package org.livelihoodmatch.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored training intake as the API answers it. */
record TrainingIntakeView(
    UUID id,
    long version,
    String title,
    String occupation,
    String provider,
    String province,
    LocalDate startDate,
    int durationWeeks,
    LocalDate endDate,
    int seats,
    int seatsTaken,
    int minAge,
    String sex,
    String literacyRequired,
    boolean providesAccommodation,
    BigDecimal monthlyStipend,
    BigDecimal costPerTrainee,
    List<String> languages,
    String kind,
    String contactName,
    String contactPhone) {

  static TrainingIntakeView of(TrainingIntake t) {
    return new TrainingIntakeView(
        t.id,
        t.version,
        t.title,
        t.occupation,
        t.provider,
        t.province,
        t.startDate,
        t.durationWeeks,
        t.endDate,
        t.seats,
        t.seatsTaken,
        t.minAge,
        t.sex,
        t.literacyRequired,
        t.providesAccommodation,
        t.monthlyStipend,
        t.costPerTrainee,
        t.languages.stream().sorted().toList(),
        t.kind,
        t.contactName,
        t.contactPhone);
  }
}
