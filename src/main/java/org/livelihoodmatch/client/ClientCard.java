package org.livelihoodmatch.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.livelihood.Affordability;
import org.livelihoodmatch.livelihood.ClientProfile;

/**
 * A client as her officer's page shows her: who she is, what she can do and wants, what her
 * household needs of her, with the profile the pathway generator works on. Only ever built for her
 * own organisation's staff, and every one built is an audited read.
 */
public record ClientCard(
    UUID id,
    String code,
    String status,
    String externalId,
    String externalCaseCode,
    String givenName,
    String familyName,
    String localGivenName,
    String localFamilyName,
    String homeVillageCode,
    String sex,
    LocalDate birthDate,
    String homeProvince,
    List<String> languages,
    String literacy,
    List<Skill> skills,
    List<String> preferredOccupations,
    List<String> preferredProvinces,
    boolean willingToRelocate,
    boolean wantsSelfEmployment,
    int dependants,
    BigDecimal monthlyRemittance,
    boolean canLiveAtHome,
    List<String> avoidProvinces,
    LocalDate availableFrom,
    ClientProfile profile,
    List<Debt> debts,
    BigDecimal landHectares,
    boolean keepsAnimals,
    boolean needsHealthClinic,
    List<String> supportNeeds) {

  /** An occupation she knows, and how well. */
  public record Skill(String occupation, String level) {}

  /**
   * A debt of her household; {@code aboveLegalCap} when its monthly rate is above the National
   * Bank's ceiling (1.5% a month), which the officer is warned of.
   */
  public record Debt(
      String lender,
      BigDecimal outstanding,
      BigDecimal monthlyRepayment,
      BigDecimal monthlyRatePercent,
      boolean aboveLegalCap) {

    /** The client's household debts, each flagged when its rate is above the legal ceiling. */
    static List<Debt> of(Client c) {
      return c.debts.stream()
          .map(
              d ->
                  new Debt(
                      d.lender(),
                      d.outstanding(),
                      d.monthlyRepayment(),
                      d.monthlyRatePercent(),
                      Affordability.aboveLegalCap(d.monthlyRatePercent())))
          .toList();
    }
  }

  /** Whether any debt of her household is above the legal ceiling. */
  public boolean hasDebtAboveLegalCap() {
    return debts.stream().anyMatch(Debt::aboveLegalCap);
  }

  static ClientCard of(Client c) {
    return new ClientCard(
        c.id,
        c.code,
        c.status.name(),
        c.externalId,
        c.externalCaseCode,
        c.givenName,
        c.familyName,
        c.localGivenName,
        c.localFamilyName,
        c.homeVillageCode,
        c.sex,
        c.birthDate,
        c.homeProvince,
        List.copyOf(c.languages),
        c.literacy,
        c.skills.stream().map(s -> new Skill(s.occupation(), s.level())).toList(),
        List.copyOf(c.preferences.occupations()),
        List.copyOf(c.preferences.provinces()),
        c.preferences.willingToRelocate(),
        c.preferences.selfEmployment(),
        c.household.dependants(),
        c.household.monthlyRemittance(),
        c.household.canLiveAtHome(),
        List.copyOf(c.avoidProvinces),
        c.availableFrom,
        ClientProfiles.of(c),
        Debt.of(c),
        c.household.landHectares(),
        c.household.keepsAnimals(),
        c.needsHealthClinic,
        List.copyOf(c.supportNeeds));
  }
}
