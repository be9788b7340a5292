package org.livelihoodmatch.livelihood;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;

/** A client profile built field by field, for the household and persona tests. */
final class Profiles {

  LocalDate birth = LocalDate.of(2004, 1, 1);
  String sex = "F";
  String home = "20";
  Set<String> languages = Set.of("km");
  Literacy literacy = Literacy.BASIC;
  Map<String, SkillLevel> skills = new LinkedHashMap<>();
  List<String> wants = List.of();
  List<String> provinces = List.of();
  boolean relocates = false;
  boolean selfEmployment = false;
  BigDecimal remittance = Money.ZERO;
  boolean livesAtHome = true;
  Set<String> avoid = Set.of();
  BigDecimal debtRepayment = Money.ZERO;
  BigDecimal land = null;
  boolean animals = false;
  boolean clinic = false;
  boolean education = false;

  ClientProfile build() {
    return new ClientProfile(
        UUID.nameUUIDFromBytes((home + birth + wants).getBytes()),
        birth,
        sex,
        home,
        languages,
        literacy,
        Map.copyOf(skills),
        wants,
        provinces,
        relocates,
        selfEmployment,
        remittance,
        livesAtHome,
        avoid,
        null,
        debtRepayment,
        land,
        animals,
        clinic,
        education);
  }

  static JobOffer job(
      String occupation, String province, String wage, LocalDate start, Set<String> languages) {
    return new JobOffer(
        UUID.nameUUIDFromBytes((occupation + province + wage + languages).getBytes()),
        UUID.randomUUID(),
        occupation + " in " + province,
        occupation,
        province,
        new BigDecimal(wage),
        false,
        false,
        15,
        start,
        3,
        languages);
  }

  static TrainingOffer intake(
      TrainingOffer.Kind kind,
      String occupation,
      String province,
      LocalDate start,
      int weeks,
      int minAge,
      String stipend) {
    return new TrainingOffer(
        UUID.nameUUIDFromBytes((kind + occupation + province + start).getBytes()),
        kind == TrainingOffer.Kind.VOCATIONAL ? occupation + " course" : "Catch-up class",
        occupation,
        province,
        start,
        start.plusWeeks(weeks).minusDays(1),
        weeks,
        20,
        minAge,
        null,
        Literacy.NONE,
        false,
        new BigDecimal(stipend),
        new BigDecimal("100"),
        null,
        "Test school",
        kind);
  }
}
