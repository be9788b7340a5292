package org.livelihoodmatch.client;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A stored client as the API answers it. */
record ClientView(
    UUID id,
    String code,
    long version,
    UUID organisation,
    String status,
    String externalId,
    String externalCaseCode,
    String givenName,
    String familyName,
    String localGivenName,
    String localFamilyName,
    String sex,
    LocalDate birthDate,
    String homeProvince,
    String homeVillageCode,
    List<String> languages,
    String literacy,
    List<Skill> skills,
    Preferences preferences,
    Household household,
    Constraints constraints,
    LocalDate availableFrom) {

  record Skill(String occupation, String level) {}

  record Preferences(
      List<String> occupations,
      List<String> provinces,
      boolean willingToRelocate,
      boolean selfEmployment,
      boolean education) {}

  /**
   * Her household; {@code debtRepayment} is her share of its debts' monthly repayments, the figure
   * every budget of hers subtracts.
   */
  record Household(
      int dependants,
      BigDecimal monthlyRemittance,
      boolean canLiveAtHome,
      boolean headOfHousehold,
      List<ClientCard.Debt> debts,
      BigDecimal landHectares,
      boolean keepsAnimals,
      int debtSharePercent,
      BigDecimal debtRepayment) {}

  /** A debt, flagged when its rate is above the National Bank's ceiling of 1.5% a month. */
  record Constraints(
      List<String> avoidProvinces, boolean needsHealthClinic, List<String> supportNeeds) {}

  static ClientView of(Client c) {
    return new ClientView(
        c.id,
        c.code,
        c.version,
        c.organisationId,
        c.status.name(),
        c.externalId,
        c.externalCaseCode,
        c.givenName,
        c.familyName,
        c.localGivenName,
        c.localFamilyName,
        c.sex,
        c.birthDate,
        c.homeProvince,
        c.homeVillageCode,
        c.languages,
        c.literacy,
        c.skills.stream().map(s -> new Skill(s.occupation(), s.level())).toList(),
        new Preferences(
            c.preferences.occupations(),
            c.preferences.provinces(),
            c.preferences.willingToRelocate(),
            c.preferences.selfEmployment(),
            c.wantsEducation),
        new Household(
            c.household.dependants(),
            c.household.monthlyRemittance(),
            c.household.canLiveAtHome(),
            c.household.headOfHousehold(),
            ClientCard.Debt.of(c),
            c.household.landHectares(),
            c.household.keepsAnimals(),
            c.household.debtSharePercent(),
            HouseholdRules.debtRepayment(c)),
        new Constraints(c.avoidProvinces, c.needsHealthClinic, c.supportNeeds),
        c.availableFrom);
  }
}
