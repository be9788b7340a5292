package org.livelihoodmatch.vacancy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.system.LanguageCode;

/**
 * A vacancy as the API receives it (API.md "Vacancies"); {@code employerId} for officers; {@code
 * languages} the work is done in (Khmer when absent); optionally who to call about it ({@code
 * contactName}, {@code contactPhone}) and the last day it takes applicants ({@code closingDate}).
 */
record VacancyForm(
    @NotBlank @Size(max = 200) String title,
    @NotNull String occupation,
    @NotNull String province,
    @NotBlank @Size(max = 500) String workplaceAddress,
    @NotNull @Min(1) @Max(10000) Integer positions,
    @NotNull @PositiveOrZero(message = "must not be negative") @DecimalMax("100000")
        BigDecimal monthlyWage,
    @NotNull @Min(1) @Max(168) Integer hoursPerWeek,
    Boolean providesAccommodation,
    Boolean providesMeals,
    @NotNull @Min(value = 0, message = "must not be negative") @Max(99) Integer minAge,
    @NotNull LocalDate startDate,
    Boolean workerPaysFees,
    Boolean employerHoldsDocuments,
    Boolean crossBorder,
    @Size(max = 4000) String description,
    @Size(max = 10) List<@LanguageCode String> languages,
    UUID employerId,
    @Size(max = 200) String contactName,
    @Size(max = 50)
        @Pattern(
            regexp = VacancyService.Contact.PHONE,
            message = "must be a phone number in digits, like 012 345 678")
        String contactPhone,
    LocalDate closingDate) {

  /** Who to call about it, and the day it stops taking applicants. */
  VacancyService.Contact contact() {
    return new VacancyService.Contact(contactName, contactPhone, closingDate);
  }

  VacancyTerms terms() {
    return VacancyTerms.asAnswered(
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
        workerPaysFees,
        employerHoldsDocuments,
        crossBorder,
        description,
        languages);
  }
}
