package org.livelihoodmatch.vacancy.web;

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
import java.util.Map;
import org.livelihoodmatch.vacancy.VacancyService;
import org.livelihoodmatch.vacancy.VacancyTerms;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A signed-in employer's changes to her own vacancy, as its page binds them: the terms of the
 * public form (named as in API.md, with the same bounds) without the employer's identity, which is
 * her organisation's, with whom to call and the last day to apply, and the {@code version} the page
 * showed.
 */
public class VacancyEdit {

  @NotNull public Long version;

  @NotBlank
  @Size(max = 200)
  public String title;

  @NotBlank
  @Size(max = 60)
  public String occupation;

  @NotBlank
  @Size(max = 2)
  public String province;

  @NotBlank
  @Size(max = 500)
  public String workplaceAddress;

  @NotNull
  @Min(1)
  @Max(10000)
  public Integer positions;

  @NotNull
  @PositiveOrZero
  @DecimalMax("100000")
  public BigDecimal monthlyWage;

  @NotNull
  @Min(1)
  @Max(168)
  public Integer hoursPerWeek;

  public Boolean providesAccommodation = false;
  public Boolean providesMeals = false;

  @NotNull
  @Min(0)
  @Max(99)
  public Integer minAge;

  @NotNull
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  public LocalDate startDate;

  public Boolean workerPaysFees = false;
  public Boolean employerHoldsDocuments = false;
  public Boolean crossBorder = false;

  @Size(max = 4000)
  public String description;

  @Size(max = 20)
  public List<String> languages;

  /** Whom to call about it (optional, as in the API). */
  @Size(max = 200)
  public String contactName;

  @Size(max = 50)
  @Pattern(regexp = VacancyService.Contact.PHONE)
  public String contactPhone;

  /** The last day it takes applications (optional; a new one must not be past). */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  public LocalDate closingDate;

  /** The yes/no answers by input name, for the radio buttons of the page. */
  public Map<String, Boolean> answers() {
    return Map.of(
        "providesAccommodation", Boolean.TRUE.equals(providesAccommodation),
        "providesMeals", Boolean.TRUE.equals(providesMeals),
        "workerPaysFees", Boolean.TRUE.equals(workerPaysFees),
        "employerHoldsDocuments", Boolean.TRUE.equals(employerHoldsDocuments),
        "crossBorder", Boolean.TRUE.equals(crossBorder));
  }

  /** Who to call and until when, as the service takes them. */
  public VacancyService.Contact contact() {
    return new VacancyService.Contact(contactName, contactPhone, closingDate);
  }

  public VacancyTerms terms() {
    return new VacancyTerms(
        title,
        occupation,
        province,
        workplaceAddress,
        positions,
        monthlyWage,
        hoursPerWeek,
        Boolean.TRUE.equals(providesAccommodation),
        Boolean.TRUE.equals(providesMeals),
        minAge,
        startDate,
        Boolean.TRUE.equals(workerPaysFees),
        Boolean.TRUE.equals(employerHoldsDocuments),
        Boolean.TRUE.equals(crossBorder),
        description == null ? "" : description,
        languages == null ? null : new java.util.HashSet<>(languages));
  }
}
