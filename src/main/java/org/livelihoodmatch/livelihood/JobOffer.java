package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An open vacancy as the pathway generator sees it. */
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
    int openPositions) {}
