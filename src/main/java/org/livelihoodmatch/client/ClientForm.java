package org.livelihoodmatch.client;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * A client as a caller sends it: the JSON of API.md, validated before anything is stored. Public so
 * that an import builds the very same form from a spreadsheet's row and is held to the same rules.
 *
 * <p>The identifiers of other systems ({@code externalId}: OSCaR's {@code global_id}; {@code
 * externalCaseCode}), her names in Khmer script and her village's NCDD code are optional: absent
 * ({@code null}) on an update keeps what is stored, an empty text clears it.
 */
public record ClientForm(
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
    @Size(max = 100) String externalId,
    @Size(max = 100) String externalCaseCode,
    @Size(max = 100) String localGivenName,
    @Size(max = 100) String localFamilyName,
    @Pattern(regexp = "|([0-9]{2}){1,4}", message = "must be an NCDD code of 2, 4, 6 or 8 digits")
        String homeVillageCode,
    Long version) {

  /** An occupation she knows, and how well. */
  public record SkillForm(
      @NotNull String occupation,
      @NotNull
          @Pattern(
              regexp = "INTEREST|TRAINED|EXPERIENCED",
              message = "must be INTEREST, TRAINED or EXPERIENCED")
          String level) {}

  /**
   * What she wants: occupations ranked, first most wanted; where she would work; whether she asks
   * for school or literacy ({@code education}; every child under 15 is offered it anyway).
   */
  public record Preferences(
      @Size(max = 10) List<@NotNull String> occupations,
      @Size(max = 25) List<@NotNull String> provinces,
      Boolean willingToRelocate,
      Boolean selfEmployment,
      Boolean education) {

    public Preferences(
        List<String> occupations,
        List<String> provinces,
        Boolean willingToRelocate,
        Boolean selfEmployment) {
      this(occupations, provinces, willingToRelocate, selfEmployment, null);
    }

    Preferences over(Preferences base) {
      return base == null
          ? this
          : new Preferences(
              or(occupations, base.occupations),
              or(provinces, base.provinces),
              or(willingToRelocate, base.willingToRelocate),
              or(selfEmployment, base.selfEmployment),
              or(education, base.education));
    }
  }

  /** A debt her household already has: who lent it, what is left, what it costs a month. */
  @Schema(
      description =
          "A debt the household already has. A monthlyRatePercent above 1.5 (the National Bank of"
              + " Cambodia's ceiling of 18% a year) is flagged to the officer (aboveLegalCap).")
  public record DebtForm(
      @Schema(allowableValues = {"MICROFINANCE", "MONEYLENDER", "FAMILY", "EMPLOYER"})
          @NotNull
          @Pattern(
              regexp = "MICROFINANCE|MONEYLENDER|FAMILY|EMPLOYER",
              message = "must be MICROFINANCE, MONEYLENDER, FAMILY or EMPLOYER")
          String lender,
      @NotNull @PositiveOrZero(message = "must not be negative") @DecimalMax("1000000")
          BigDecimal outstanding,
      @NotNull @PositiveOrZero(message = "must not be negative") @DecimalMax("100000")
          BigDecimal monthlyRepayment,
      @NotNull @PositiveOrZero(message = "must not be negative") @DecimalMax("100")
          BigDecimal monthlyRatePercent) {}

  /**
   * What her household needs of her, and its economics: the debts it already repays ({@code
   * debtSharePercent} of their repayments fall to her, all of them when absent), the land it farms
   * and whether it keeps animals or grows food. The last four, absent, keep what is stored.
   */
  @Schema(
      description =
          "What her household needs of her and its economics. debts, landHectares, keepsAnimals and"
              + " debtSharePercent (the share of the debts' monthly repayments she carries, 100 when"
              + " absent) are optional: absent, they keep what is stored. Her share enters every"
              + " budget as debtRepayment.")
  public record Household(
      @PositiveOrZero(message = "must not be negative") @Max(30) Integer dependants,
      @PositiveOrZero(message = "must not be negative") @DecimalMax("100000")
          BigDecimal monthlyRemittance,
      Boolean canLiveAtHome,
      Boolean headOfHousehold,
      @Size(max = 20) List<@NotNull @Valid DebtForm> debts,
      @PositiveOrZero(message = "must not be negative") @DecimalMax("10000")
          BigDecimal landHectares,
      Boolean keepsAnimals,
      @Min(value = 0, message = "must not be negative") @Max(100) Integer debtSharePercent) {

    public Household(
        Integer dependants,
        BigDecimal monthlyRemittance,
        Boolean canLiveAtHome,
        Boolean headOfHousehold) {
      this(dependants, monthlyRemittance, canLiveAtHome, headOfHousehold, null, null, null, null);
    }

    Household over(Household base) {
      return base == null
          ? this
          : new Household(
              or(dependants, base.dependants),
              or(monthlyRemittance, base.monthlyRemittance),
              or(canLiveAtHome, base.canLiveAtHome),
              or(headOfHousehold, base.headOfHousehold),
              or(debts, base.debts),
              or(landHectares, base.landHectares),
              or(keepsAnimals, base.keepsAnimals),
              or(debtSharePercent, base.debtSharePercent));
    }
  }

  /**
   * Where she must not go, whether she needs a clinic near, and the support she needs that this
   * service records but does not provide ({@code COUNSELLING}, {@code LEGAL_AID}, {@code
   * FAMILY_MEDIATION}; absent keeps what is stored).
   */
  public record Constraints(
      @Size(max = 25) List<@NotNull String> avoidProvinces,
      Boolean needsHealthClinic,
      @Size(max = 3)
          List<
                  @NotNull
                  @Pattern(
                      regexp = "COUNSELLING|LEGAL_AID|FAMILY_MEDIATION",
                      message = "must be COUNSELLING, LEGAL_AID or FAMILY_MEDIATION")
                  String>
              supportNeeds) {

    public Constraints(List<String> avoidProvinces, Boolean needsHealthClinic) {
      this(avoidProvinces, needsHealthClinic, null);
    }

    Constraints over(Constraints base) {
      return base == null
          ? this
          : new Constraints(
              or(avoidProvinces, base.avoidProvinces),
              or(needsHealthClinic, base.needsHealthClinic),
              or(supportNeeds, base.supportNeeds));
    }
  }

  /**
   * This form's values where it has them, {@code base}'s elsewhere: a spreadsheet that lacks a
   * column leaves that part of her record as it is.
   */
  public ClientForm over(ClientForm base) {
    return new ClientForm(
        or(givenName, base.givenName),
        or(familyName, base.familyName),
        or(sex, base.sex),
        or(birthDate, base.birthDate),
        or(homeProvince, base.homeProvince),
        or(languages, base.languages),
        or(literacy, base.literacy),
        or(skills, base.skills),
        preferences == null ? base.preferences : preferences.over(base.preferences),
        household == null ? base.household : household.over(base.household),
        constraints == null ? base.constraints : constraints.over(base.constraints),
        or(availableFrom, base.availableFrom),
        or(externalId, base.externalId),
        or(externalCaseCode, base.externalCaseCode),
        or(localGivenName, base.localGivenName),
        or(localFamilyName, base.localFamilyName),
        or(homeVillageCode, base.homeVillageCode),
        or(version, base.version));
  }

  private static <T> T or(T value, T otherwise) {
    return value != null ? value : otherwise;
  }
}
