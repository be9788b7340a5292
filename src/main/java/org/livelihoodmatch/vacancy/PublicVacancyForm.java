package org.livelihoodmatch.vacancy;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
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
import java.util.Set;
import org.livelihoodmatch.livelihood.Languages;
import org.livelihoodmatch.organisation.EmployerEnrolment.EmployerClaim;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The public vacancy form as its page binds it (fields bound directly, by name): the employer's
 * identity, the vacancy's terms named exactly as in API.md (with the optional {@code contactName},
 * {@code contactPhone} and {@code closingDate}), the one-time form token, and the honeypot {@code
 * website} that people never see and bots fill in. Every field has a size bound.
 */
class PublicVacancyForm {

  @NotBlank
  @Size(max = 200)
  String employerName;

  @Size(max = 100)
  String employerRegistrationNumber;

  @NotBlank
  @Size(max = 50)
  @Pattern(regexp = VacancyService.Contact.PHONE)
  String employerPhone;

  @Email
  @Size(max = 200)
  String employerEmail;

  @NotBlank
  @Size(max = 500)
  String employerAddress;

  @NotBlank
  @Size(max = 200)
  String title;

  @NotBlank
  @Size(max = 60)
  String occupation;

  @NotBlank
  @Size(max = 2)
  String province;

  @NotBlank
  @Size(max = 500)
  String workplaceAddress;

  @NotNull
  @Min(1)
  @Max(10000)
  Integer positions;

  @NotNull
  @PositiveOrZero
  @DecimalMax("100000")
  BigDecimal monthlyWage;

  @NotNull
  @Min(1)
  @Max(168)
  Integer hoursPerWeek;

  Boolean providesAccommodation = false;
  Boolean providesMeals = false;

  @NotNull
  @Min(0)
  @Max(99)
  Integer minAge;

  @NotNull
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  LocalDate startDate;

  Boolean workerPaysFees = false;
  Boolean employerHoldsDocuments = false;
  Boolean crossBorder = false;

  @Size(max = 4000)
  String description;

  /** Whom to call about the job (optional; officers call {@link #employerPhone} otherwise). */
  @Size(max = 200)
  String contactName;

  @Size(max = 50)
  @Pattern(regexp = VacancyService.Contact.PHONE)
  String contactPhone;

  /** The last day it takes applications (optional; the service refuses a day already past). */
  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  LocalDate closingDate;

  /** The languages the worker can use at work, from {@link #LANGUAGES}; none ticked is Khmer. */
  @Size(max = 20)
  List<String> languages;

  @Size(max = 64)
  String formToken;

  @Size(max = 500)
  String website;

  /**
   * The languages the form offers: Khmer, the foreign languages of Cambodia's workplaces, and the
   * indigenous languages of the north-east (Tampuan, Jarai, Kreung, Bunong), as ISO 639 codes.
   */
  static final List<String> LANGUAGES =
      List.of("km", "en", "zh", "vi", "th", "tpu", "jra", "krr", "cmo");

  /** An empty form with the usual week and the adult age filled in. */
  static PublicVacancyForm blank() {
    PublicVacancyForm form = new PublicVacancyForm();
    form.hoursPerWeek = 48;
    form.minAge = 18;
    form.positions = 1;
    return form;
  }

  boolean honeypotFilled() {
    return website != null && !website.isBlank();
  }

  /** The languages ticked, Khmer when none is. */
  Set<String> chosenLanguages() {
    return Languages.orKhmer(languages);
  }

  /** Whether every language ticked is one the form offers (a crafted post may send others). */
  boolean languagesOffered() {
    return languages == null || LANGUAGES.containsAll(languages);
  }

  /** The yes/no answers by input name, unanswered as no, for the radio buttons of the page. */
  Map<String, Boolean> answers() {
    return Map.of(
        "providesAccommodation", Boolean.TRUE.equals(providesAccommodation),
        "providesMeals", Boolean.TRUE.equals(providesMeals),
        "workerPaysFees", Boolean.TRUE.equals(workerPaysFees),
        "employerHoldsDocuments", Boolean.TRUE.equals(employerHoldsDocuments),
        "crossBorder", Boolean.TRUE.equals(crossBorder));
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

  /** Who to call about it and the last day it takes applications, as the API takes them. */
  VacancyService.Contact contact() {
    return new VacancyService.Contact(contactName, contactPhone, closingDate);
  }

  EmployerClaim employer() {
    return new EmployerClaim(
        employerName,
        employerRegistrationNumber,
        employerPhone,
        employerEmail,
        employerAddress,
        province);
  }
}
