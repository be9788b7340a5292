package org.livelihoodmatch.vacancy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored vacancy as the API answers it, with its red flags explained, and who to call about it
 * and the last day it takes applicants when its poster named them.
 */
record VacancyView(
    UUID id,
    long version,
    UUID employerId,
    String title,
    String occupation,
    String province,
    String workplaceAddress,
    int positions,
    int positionsFilled,
    BigDecimal monthlyWage,
    int hoursPerWeek,
    boolean providesAccommodation,
    boolean providesMeals,
    int minAge,
    LocalDate startDate,
    boolean workerPaysFees,
    boolean employerHoldsDocuments,
    boolean crossBorder,
    String description,
    List<String> languages,
    VacancyStatus status,
    String statusReason,
    List<RedFlag> redFlags,
    String contactName,
    String contactPhone,
    LocalDate closingDate) {

  static VacancyView of(Vacancy v, List<RedFlag> flags) {
    return new VacancyView(
        v.id,
        v.version,
        v.employerId,
        v.title,
        v.occupation,
        v.province,
        v.workplaceAddress,
        v.positions,
        v.positionsFilled,
        v.monthlyWage,
        v.hoursPerWeek,
        v.providesAccommodation,
        v.providesMeals,
        v.minAge,
        v.startDate,
        v.workerPaysFees,
        v.employerHoldsDocuments,
        v.crossBorder,
        v.description,
        v.languages,
        v.status,
        v.statusReason,
        flags,
        v.contactName,
        v.contactPhone,
        v.closingDate);
  }
}
