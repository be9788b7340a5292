package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A training intake that has not started, as the pathway generator sees it. */
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
    BigDecimal costPerTrainee) {}
