package org.livelihoodmatch.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.livelihoodmatch.livelihood.ClientProfile;

/** Maps the stored client onto the generator's profile (no names cross this line). */
final class ClientProfiles {

  private ClientProfiles() {}

  static ClientProfile of(Client c) {
    Map<String, ClientProfile.SkillLevel> skills = new LinkedHashMap<>();
    for (Client.Skill s : c.skills) {
      ClientProfile.SkillLevel level = ClientProfile.SkillLevel.valueOf(s.level());
      skills.merge(s.occupation(), level, (a, b) -> a.compareTo(b) >= 0 ? a : b);
    }
    return new ClientProfile(
        c.id,
        c.birthDate,
        c.sex,
        c.homeProvince,
        Set.copyOf(c.languages),
        ClientProfile.Literacy.valueOf(c.literacy),
        skills,
        c.preferences.occupations(),
        c.preferences.provinces(),
        c.preferences.willingToRelocate(),
        c.preferences.selfEmployment(),
        c.household.monthlyRemittance(),
        c.household.canLiveAtHome(),
        Set.copyOf(c.avoidProvinces),
        c.availableFrom,
        HouseholdRules.debtRepayment(c),
        c.household.landHectares(),
        c.household.keepsAnimals(),
        c.needsHealthClinic,
        c.wantsEducation);
  }

  static ClientDirectory.CohortMember member(Client c) {
    return new ClientDirectory.CohortMember(
        of(c),
        c.code,
        c.household.householdId() == null ? c.id : c.household.householdId(),
        c.household.headOfHousehold(),
        c.registeredAt);
  }
}
