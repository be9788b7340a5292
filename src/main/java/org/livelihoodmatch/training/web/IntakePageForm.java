package org.livelihoodmatch.training.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.training.TrainingIntakeForm;

/**
 * A new intake as its page binds it, field by field, named as the API's JSON so that a problem the
 * service names lands beside its input. Numbers and dates are bound by type: what cannot be read
 * stays as typed with its error.
 */
class IntakePageForm {

  String title;
  String kind = "VOCATIONAL";
  String occupation;
  String provider;
  String province;
  LocalDate startDate;
  Integer durationWeeks;
  Integer seats;
  Integer minAge = 15;
  String sex;
  String literacyRequired = "NONE";
  boolean providesAccommodation;
  BigDecimal monthlyStipend = BigDecimal.ZERO;
  BigDecimal costPerTrainee = BigDecimal.ZERO;
  List<String> languages = new ArrayList<>(List.of("km"));
  String contactName;
  String contactPhone;

  /** The answers as the API's form: an empty choice is no answer. */
  TrainingIntakeForm toApi() {
    return new TrainingIntakeForm(
        title,
        blankAsNull(occupation),
        provider,
        blankAsNull(province),
        startDate,
        durationWeeks,
        seats,
        minAge,
        blankAsNull(sex),
        blankAsNull(literacyRequired),
        providesAccommodation,
        monthlyStipend,
        costPerTrainee,
        List.copyOf(languages),
        blankAsNull(kind),
        blankAsNull(contactName),
        blankAsNull(contactPhone));
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
