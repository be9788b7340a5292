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
 *
 * @param debtRepayment her share of what her household already repays a month on its debts
 * @param landHectares the land her household farms; {@code null} when not recorded
 * @param keepsAnimals whether the household already keeps animals or grows food
 * @param needsHealthClinic whether she needs a clinic (HIV care) where she lives and works
 * @param wantsEducation whether she asks for school or literacy (offered to every under-15 anyway)
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
    LocalDate availableFrom,
    BigDecimal debtRepayment,
    BigDecimal landHectares,
    boolean keepsAnimals,
    boolean needsHealthClinic,
    boolean wantsEducation) {

  public ClientProfile {
    debtRepayment = debtRepayment == null ? Money.ZERO : debtRepayment;
  }

  /** A profile without household debts, land or the needs of issue 13. */
  public ClientProfile(
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
    this(
        id,
        birthDate,
        sex,
        homeProvince,
        languages,
        literacy,
        skills,
        preferredOccupations,
        preferredProvinces,
        willingToRelocate,
        wantsSelfEmployment,
        monthlyRemittance,
        canLiveAtHome,
        avoidProvinces,
        availableFrom,
        Money.ZERO,
        null,
        false,
        false,
        false);
  }

  /** The same client, who must also stay out of {@code provinces} (where no clinic is). */
  public ClientProfile avoiding(Set<String> provinces) {
    Set<String> avoid = new java.util.HashSet<>(avoidProvinces);
    avoid.addAll(provinces);
    return new ClientProfile(
        id,
        birthDate,
        sex,
        homeProvince,
        languages,
        literacy,
        skills,
        preferredOccupations,
        preferredProvinces,
        willingToRelocate,
        wantsSelfEmployment,
        monthlyRemittance,
        canLiveAtHome,
        Set.copyOf(avoid),
        availableFrom,
        debtRepayment,
        landHectares,
        keepsAnimals,
        needsHealthClinic,
        wantsEducation);
  }

  /** The same client, asking for school or literacy (as the law asks for every child under 15). */
  public ClientProfile wantingEducation() {
    return wantsEducation
        ? this
        : new ClientProfile(
            id,
            birthDate,
            sex,
            homeProvince,
            languages,
            literacy,
            skills,
            preferredOccupations,
            preferredProvinces,
            willingToRelocate,
            wantsSelfEmployment,
            monthlyRemittance,
            canLiveAtHome,
            avoidProvinces,
            availableFrom,
            debtRepayment,
            landHectares,
            keepsAnimals,
            needsHealthClinic,
            true);
  }

  /**
   * 1 for school when she asks for it; her occupations' ranks then follow it, so that a plan weighs
   * school first. Otherwise her occupation's rank ({@link #preferenceRank(String)}).
   */
  public int preferenceRank(boolean education, String occupation) {
    if (education) {
      return 1;
    }
    int rank = preferenceRank(occupation);
    return wantsEducation && rank > 0 ? rank + 1 : rank;
  }

  /** Whether she is a child the labour law keeps out of all work (under 15 on {@code date}). */
  public boolean childOn(LocalDate date) {
    return ageOn(date) < 15;
  }

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
