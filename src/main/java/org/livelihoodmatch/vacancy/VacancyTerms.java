package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What an employer offers, as screening reads it: the same terms whether they come from the API or
 * the public form.
 */
public record VacancyTerms(
    String title,
    String occupation,
    String province,
    String workplaceAddress,
    Integer positions,
    BigDecimal monthlyWage,
    Integer hoursPerWeek,
    boolean providesAccommodation,
    boolean providesMeals,
    Integer minAge,
    LocalDate startDate,
    boolean workerPaysFees,
    boolean employerHoldsDocuments,
    boolean crossBorder,
    String description) {}
