package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the pathway generator needs to know of a client: age, sex, literacy, languages, skills,
 * ranked preferences, household obligations and places to avoid. Carries no name.
 */
public record ClientProfile(
    UUID id,
    LocalDate birthDate,
    String sex,
    String homeProvince,
    Set<String> languages,
    Literacy literacy,
    Map<String, SkillLevel> skills,
    List<String> preferredOccupations,
    List<String> preferredProvinces,
    boolean willingToRelocate,
    boolean wantsSelfEmployment,
    BigDecimal monthlyRemittance,
    boolean canLiveAtHome,
    Set<String> avoidProvinces,
    LocalDate availableFrom) {

  /** Literacy levels in increasing order. */
  public enum Literacy {
    NONE,
    BASIC,
    FUNCTIONAL
  }

  /** How well a client knows an occupation. */
  public enum SkillLevel {
    INTEREST,
    TRAINED,
    EXPERIENCED
  }

  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }

  public boolean speaksKhmer() {
    return languages.contains(Languages.KHMER);
  }

  /** Whether she speaks one of {@code spoken}: the languages a job or a course is done in. */
  public boolean speaksAnyOf(Set<String> spoken) {
    return spoken.stream().anyMatch(languages::contains);
  }

  /** Trained or experienced in the occupation. */
  public boolean isSkilledIn(String occupation) {
    SkillLevel level = skills.get(occupation);
    return level == SkillLevel.TRAINED || level == SkillLevel.EXPERIENCED;
  }

  /**
   * Whether she may work (or train) in {@code province}: never where she must not go; elsewhere at
   * home, in a province she prefers, or anywhere when she is willing to relocate.
   */
  public boolean mayWorkIn(String province) {
    if (province == null || avoidProvinces.contains(province)) {
      return false;
    }
    return willingToRelocate
        || province.equals(homeProvince)
        || preferredProvinces.contains(province);
  }

  /** 1 for the first choice of occupation, 2 for the second...; 0 when not among her choices. */
  public int preferenceRank(String occupation) {
    int index = preferredOccupations.indexOf(occupation);
    return index < 0 ? 0 : index + 1;
  }
}
