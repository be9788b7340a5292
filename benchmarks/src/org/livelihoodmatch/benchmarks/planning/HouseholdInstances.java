package org.livelihoodmatch.benchmarks.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Parts;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.TrainingOffer;

/**
 * The household part of a cohort instance (issue 13), calibrated to seed 003: 40% of the families
 * "extremely poor with long-term debts" (her share of their repayments US$5-30 a month), 71%
 * landless, 20% under one hectare, 9% one to two; a third keep animals; some teenagers who cannot
 * read ask for literacy classes; a few need HIV care. One school or literacy intake for every ten
 * vocational ones, in the clients' home provinces.
 */
final class HouseholdInstances {

  private static final String[] HOME_PROVINCES = {"20", "20", "01", "01", "14", "03", "12", "16"};

  private HouseholdInstances() {}

  static Parts add(Parts work, long seed, int vocationalIntakes) {
    Random random = new Random(seed);
    List<TrainingOffer> intakes = new ArrayList<>(work.intakes());
    for (int i = 0; i < Math.max(2, vocationalIntakes / 10); i++) {
      intakes.add(education(random, i));
    }
    List<CohortMember> members = new ArrayList<>();
    for (CohortMember m : work.members()) {
      members.add(
          new CohortMember(
              household(random, m.profile()),
              m.code(),
              m.householdId(),
              m.headOfHousehold(),
              m.registeredAt()));
    }
    return new Parts(members, work.jobs(), intakes);
  }

  private static ClientProfile household(Random random, ClientProfile p) {
    BigDecimal debts =
        random.nextInt(100) < 40
            ? BigDecimal.valueOf(5 + random.nextInt(6) * 5L).setScale(2)
            : BigDecimal.ZERO.setScale(2);
    int land = random.nextInt(100);
    BigDecimal hectares =
        land < 71 ? BigDecimal.ZERO : land < 91 ? new BigDecimal("0.50") : new BigDecimal("1.50");
    int age = p.ageOn(CohortInstances.TODAY);
    boolean education =
        age < 18 && p.literacy() == Literacy.NONE && random.nextInt(100) < 20;
    return new ClientProfile(
        p.id(),
        p.birthDate(),
        p.sex(),
        p.homeProvince(),
        p.languages(),
        p.literacy(),
        p.skills(),
        p.preferredOccupations(),
        p.preferredProvinces(),
        p.willingToRelocate(),
        p.wantsSelfEmployment(),
        p.monthlyRemittance(),
        p.canLiveAtHome(),
        p.avoidProvinces(),
        p.availableFrom(),
        debts,
        hectares,
        random.nextInt(100) < 33,
        random.nextInt(100) < 3,
        education);
  }

  private static TrainingOffer education(Random random, int i) {
    boolean school = random.nextBoolean();
    LocalDate start = CohortInstances.TODAY.plusDays(5 + random.nextInt(90));
    int weeks = school ? 36 : 12 + random.nextInt(13);
    return new TrainingOffer(
        new UUID(CohortInstances.SEED, 6_000_000L + i),
        school ? "Catch-up class" : "Khmer literacy",
        null,
        HOME_PROVINCES[random.nextInt(HOME_PROVINCES.length)],
        start,
        start.plusWeeks(weeks),
        weeks,
        10 + random.nextInt(21),
        school ? 8 : 12,
        null,
        Literacy.NONE,
        false,
        BigDecimal.valueOf(random.nextInt(4) * 5L).setScale(2),
        BigDecimal.valueOf(30).setScale(2),
        null,
        "School " + (i % 5),
        school ? TrainingOffer.Kind.SCHOOL : TrainingOffer.Kind.LITERACY);
  }
}
