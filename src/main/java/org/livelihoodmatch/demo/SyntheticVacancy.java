package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.livelihoodmatch.vacancy.VacancyTerms;

/**
 * A synthetic, lawful vacancy as the demo loads it into {@code vacancy} (status OPEN, source DEMO).
 * {@code employer} is the index of its employer in {@link
 * SyntheticPopulation.Population#employers()}. It never charges fees, never keeps documents and is
 * never across the border.
 */
public record SyntheticVacancy(
    int employer,
    String title,
    String occupation,
    String province,
    String workplaceAddress,
    int positions,
    BigDecimal monthlyWage,
    int hoursPerWeek,
    boolean providesAccommodation,
    boolean providesMeals,
    int minAge,
    LocalDate startDate,
    String description) {

  /** The terms as vacancy screening reads them. */
  public VacancyTerms terms() {
    return new VacancyTerms(
        title,
        occupation,
        province,
        workplaceAddress,
        positions,
        monthlyWage,
        hoursPerWeek,
        providesAccommodation,
        providesMeals,
        minAge,
        startDate,
        false,
        false,
        false,
        description,
        null);
  }
}
