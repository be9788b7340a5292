package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A synthetic (pseudonymous) client as the demo loads it into the {@code client} and {@code
 * client_skill} tables. {@code ageAtTrafficking} and {@code landless} are the calibration draws
 * behind the record ({@code landless} is stored as 0 ha of land, the age is not); {@code persona}
 * names the case study a persona client stands for, null for generated clients.
 */
public record SyntheticClient(
    String givenName,
    String familyName,
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
    boolean headOfHousehold,
    List<String> avoidProvinces,
    boolean needsHealthClinic,
    LocalDate availableFrom,
    Integer ageAtTrafficking,
    boolean landless,
    String persona,
    boolean wantsEducation) {

  public SyntheticClient {
    languages = List.copyOf(languages);
    skills = List.copyOf(skills);
    preferredOccupations = List.copyOf(preferredOccupations);
    preferredProvinces = List.copyOf(preferredProvinces);
    avoidProvinces = List.copyOf(avoidProvinces);
  }

  /** An occupation the client knows, at level INTEREST, TRAINED or EXPERIENCED. */
  public record Skill(String occupation, String level) {}

  public int ageOn(LocalDate date) {
    return Period.between(birthDate, date).getYears();
  }
}
