package org.livelihoodmatch.client;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.livelihoodmatch.system.LanguageCode;

/** A client as a caller sends it: the JSON of API.md, validated before anything is stored. */
record ClientForm(
    @NotBlank @Size(max = 100) String givenName,
    @NotBlank @Size(max = 100) String familyName,
    @NotNull @Pattern(regexp = "[FMX]", message = "must be F, M or X") String sex,
    @NotNull @Past(message = "must be in the past") LocalDate birthDate,
    @NotNull String homeProvince,
    @Size(max = 10) List<@LanguageCode String> languages,
    @NotNull
        @Pattern(regexp = "NONE|BASIC|FUNCTIONAL", message = "must be NONE, BASIC or FUNCTIONAL")
        String literacy,
    @Size(max = 30) List<@NotNull @Valid SkillForm> skills,
    @Valid Preferences preferences,
    @Valid Household household,
    @Valid Constraints constraints,
    LocalDate availableFrom,
    Long version) {

  record SkillForm(
      @NotNull String occupation,
      @NotNull
          @Pattern(
              regexp = "INTEREST|TRAINED|EXPERIENCED",
              message = "must be INTEREST, TRAINED or EXPERIENCED")
          String level) {}

  record Preferences(
      @Size(max = 10) List<@NotNull String> occupations,
      @Size(max = 25) List<@NotNull String> provinces,
      Boolean willingToRelocate,
      Boolean selfEmployment) {}

  record Household(
      @PositiveOrZero(message = "must not be negative") @Max(30) Integer dependants,
      @PositiveOrZero(message = "must not be negative") @DecimalMax("100000")
          BigDecimal monthlyRemittance,
      Boolean canLiveAtHome,
      Boolean headOfHousehold) {}

  record Constraints(
      @Size(max = 25) List<@NotNull String> avoidProvinces, Boolean needsHealthClinic) {}
}
