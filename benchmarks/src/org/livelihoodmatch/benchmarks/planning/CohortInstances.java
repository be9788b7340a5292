package org.livelihoodmatch.benchmarks.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.ClientProfile.Literacy;
import org.livelihoodmatch.livelihood.ClientProfile.SkillLevel;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.planning.CohortAssembly;
import org.livelihoodmatch.planning.CohortPlans;
import org.livelihoodmatch.planning.store.PlanInputs;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.LoanFund;

/**
 * Cohort instances at four sizes, generated with a fixed seed and run through the service's own
 * {@link CohortAssembly} (so the real pathway generator and budget): clients calibrated loosely to
 * the field studies (ages 17% under 15, 60% 15-17, 23% 18-29; 60% illiterate; mostly women; sewing,
 * beauty and repair trades), intakes and vacancies concentrated where the work is, every province's
 * self-employment markets from the catalogue, and the three loan funds the pathways draw on most.
 */
public final class CohortInstances {

  /** The sizes of the issue: clients, intakes, vacancies. */
  public enum Size {
    S(50, 8, 60),
    M(500, 50, 450),
    L(2_000, 150, 1_500),
    XL(10_000, 750, 7_500);

    final int clients;
    final int intakes;
    final int vacancies;

    Size(int clients, int intakes, int vacancies) {
      this.clients = clients;
      this.intakes = intakes;
      this.vacancies = vacancies;
    }
  }

  /** One instance: its problem and the stored form the service would keep. */
  public record Instance(
      Size size, CohortPlan problem, List<PlannedClient> clients, PlanInputs inputs) {}

  public static final long SEED = 20_270_101L;
  public static final LocalDate TODAY = LocalDate.of(2027, 1, 4);
  static final Catalogue CATALOGUE = CatalogueLoader.loadPackaged();

  private static final String[] WOMEN_TRADES = {
    "sewing-machine-operator", "sewing-machine-operator", "sewing-machine-operator", "hairdresser",
    "hairdresser", "beautician", "beautician", "tailor", "cook", "market-vendor", "handicraft-weaver",
    "restaurant-server", "livestock-raiser", "vegetable-grower", "office-assistant"
  };
  private static final String[] MEN_TRADES = {
    "motorcycle-mechanic", "motorcycle-mechanic", "electronics-repairer", "car-mechanic",
    "construction-labourer", "cook", "security-guard", "vegetable-grower", "livestock-raiser",
    "sewing-machine-operator"
  };
  private static final String[] JOB_TRADES = {
    "sewing-machine-operator", "sewing-machine-operator", "sewing-machine-operator", "hairdresser",
    "beautician", "cook", "restaurant-server", "construction-labourer", "security-guard",
    "motorcycle-mechanic", "electronics-repairer", "car-mechanic", "office-assistant", "tailor"
  };
  private static final String[] TRAINED_TRADES = {
    "sewing-machine-operator", "hairdresser", "hairdresser", "beautician", "beautician",
    "motorcycle-mechanic", "motorcycle-mechanic", "electronics-repairer", "cook", "tailor",
    "car-mechanic", "office-assistant"
  };
  /** Where the work is: Phnom Penh, the border towns, Siem Reap, Sihanoukville, factory zones. */
  private static final String[] WORK_PROVINCES = {
    "12", "12", "12", "12", "01", "01", "17", "17", "18", "18", "20", "20", "08", "05", "03", "02"
  };
  /** Where clients come from: the studies' provinces weigh most. */
  private static final String[] HOME_PROVINCES = {
    "20", "20", "20", "01", "01", "01", "14", "14", "03", "12", "02", "21", "17", "06", "25", "04",
    "05", "07", "08", "09", "10", "11", "13", "15", "16", "18", "19", "22", "23", "24"
  };

  private CohortInstances() {}

  /** What a cohort is assembled from: its clients and the open vacancies and intakes. */
  public record Parts(List<CohortMember> members, List<JobOffer> jobs, List<TrainingOffer> intakes) {}

  /**
   * The clients, vacancies and intakes of {@code size}, the same for the same size every time, with
   * the households' economics and the school and literacy intakes of issue 13.
   */
  public static Parts parts(Size size) {
    return parts(size, true);
  }

  /**
   * The same; without {@code household}, the instance as it was before issue 13 (no debts, no land,
   * no school or literacy intakes), drawn from the very same random stream. The household part is
   * drawn from a stream of its own, so the work part is identical in both.
   */
  public static Parts parts(Size size, boolean household) {
    Parts work = workParts(size);
    return household ? HouseholdInstances.add(work, SEED + 31L * (size.ordinal() + 1), size.intakes) : work;
  }

  private static Parts workParts(Size size) {
    Random random = new Random(SEED + size.ordinal());
    List<UUID> employers = new ArrayList<>();
    for (int i = 0; i < Math.max(3, size.vacancies / 4); i++) {
      employers.add(new UUID(SEED, 1_000_000L + i));
    }
    List<JobOffer> jobs = new ArrayList<>();
    for (int i = 0; i < size.vacancies; i++) {
      jobs.add(vacancy(random, i, employers));
    }
    List<TrainingOffer> intakes = new ArrayList<>();
    for (int i = 0; i < size.intakes; i++) {
      intakes.add(intake(random, i));
    }
    List<CohortMember> members = new ArrayList<>();
    UUID household = null;
    for (int i = 0; i < size.clients; i++) {
      // One client in ten shares a household with the one before (sisters leaving together).
      if (household == null || random.nextInt(10) != 0) {
        household = new UUID(SEED, 3_000_000L + i);
      }
      members.add(client(random, i, household));
    }
    return new Parts(members, jobs, intakes);
  }

  public static Instance generate(Size size) {
    return generate(size, true);
  }

  /** The instance of {@code size}, with or without the household part (see {@link #parts}). */
  public static Instance generate(Size size, boolean household) {
    Parts parts = parts(size, household);
    List<CohortMember> members = parts.members();
    List<JobOffer> jobs = parts.jobs();
    List<TrainingOffer> intakes = parts.intakes();
    CohortAssembly.Cohort cohort =
        new CohortAssembly(CATALOGUE, CohortAssembly.DEFAULT_OPTIONS_PER_CLIENT)
            .assemble(members, jobs, intakes, TODAY);
    PlanInputs inputs =
        new PlanInputs(
            null,
            null,
            Map.of(),
            TODAY,
            cohort.intakeSeats(),
            cohort.vacancyPositions(),
            threeFunds(cohort),
            cohort.marketRooms());
    return new Instance(
        size, CohortPlans.unsolved(cohort.clients(), inputs), cohort.clients(), inputs);
  }

  /** The three loan products the pathways draw on most, each with its catalogue fund. */
  private static List<LoanFund> threeFunds(CohortAssembly.Cohort cohort) {
    Map<String, Long> drawn = new java.util.HashMap<>();
    cohort.clients().stream()
        .flatMap(c -> c.options().stream())
        .filter(o -> o.option().loanProductCode() != null)
        .forEach(o -> drawn.merge(o.option().loanProductCode(), 1L, Long::sum));
    return cohort.loanFunds().stream()
        .sorted(
            java.util.Comparator.comparing(
                    (LoanFund f) -> drawn.getOrDefault(f.productCode(), 0L))
                .reversed()
                .thenComparing(LoanFund::productCode))
        .limit(3)
        .toList();
  }

  private static CohortMember client(Random random, int i, UUID household) {
    UUID id = new UUID(SEED, 2_000_000L + i);
    int ageBand = random.nextInt(100);
    // The studies' ages at trafficking (17% under 15, 60% 15-17, 23% 18-29), a year later: when
    // they leave the shelter.
    int age =
        ageBand < 17 ? 14 + random.nextInt(2) : ageBand < 77 ? 16 + random.nextInt(3) : 19 + random.nextInt(11);
    LocalDate birth = TODAY.minusYears(age).minusDays(random.nextInt(365));
    boolean woman = random.nextInt(100) < 75;
    String[] trades = woman ? WOMEN_TRADES : MEN_TRADES;
    List<String> wants = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    while (wants.size() < count) {
      String trade = trades[random.nextInt(trades.length)];
      if (!wants.contains(trade)) {
        wants.add(trade);
      }
    }
    Map<String, SkillLevel> skills =
        random.nextInt(100) < 40 ? Map.of(wants.get(0), SkillLevel.TRAINED) : Map.of();
    String home = HOME_PROVINCES[random.nextInt(HOME_PROVINCES.length)];
    String work = WORK_PROVINCES[random.nextInt(WORK_PROVINCES.length)];
    List<String> provinces =
        work.equals(home) ? List.of(home, "12") : List.of(home, work, "12").stream().distinct().toList();
    int literacy = random.nextInt(100);
    ClientProfile profile =
        new ClientProfile(
            id,
            birth,
            woman ? "F" : "M",
            home,
            random.nextInt(100) < 96 ? Set.of("km") : Set.of("kdt"),
            literacy < 60 ? Literacy.NONE : literacy < 90 ? Literacy.BASIC : Literacy.FUNCTIONAL,
            skills,
            wants,
            provinces,
            random.nextInt(100) < 50,
            random.nextInt(100) < 40,
            BigDecimal.valueOf(random.nextInt(9) * 5L).setScale(2),
            random.nextBoolean(),
            random.nextInt(100) < 8 ? Set.of("01") : Set.of(),
            TODAY.plusDays(random.nextInt(90)));
    Instant registered =
        TODAY.minusWeeks(random.nextInt(30)).atStartOfDay().toInstant(ZoneOffset.UTC);
    return new CohortMember(
        profile, "C" + String.format("%05d", i + 1), household, random.nextInt(100) < 15, registered);
  }

  private static JobOffer vacancy(Random random, int i, List<UUID> employers) {
    String trade = JOB_TRADES[random.nextInt(JOB_TRADES.length)];
    Occupation occupation = CATALOGUE.occupation(trade).orElseThrow();
    BigDecimal wage =
        occupation
            .marketWage()
            .multiply(BigDecimal.valueOf(85 + random.nextInt(31)))
            .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP)
            .setScale(2);
    boolean garment = "garment".equals(occupation.sector());
    return new JobOffer(
        new UUID(SEED, 4_000_000L + i),
        employers.get(random.nextInt(employers.size())),
        occupation.nameEn() + " wanted",
        trade,
        WORK_PROVINCES[random.nextInt(WORK_PROVINCES.length)],
        wage,
        random.nextInt(100) < 30,
        random.nextInt(100) < 20,
        occupation.hazardousForMinors() ? 18 : random.nextInt(100) < 70 ? 15 : 18,
        TODAY.plusDays(10 + random.nextInt(220)),
        garment ? 2 + random.nextInt(6) : 1 + random.nextInt(2), null);
  }

  private static TrainingOffer intake(Random random, int i) {
    String trade = TRAINED_TRADES[random.nextInt(TRAINED_TRADES.length)];
    LocalDate start = TODAY.plusDays(5 + random.nextInt(90));
    int weeks = 8 + random.nextInt(17);
    boolean beauty = trade.equals("beautician") || trade.equals("hairdresser");
    return new TrainingOffer(
        new UUID(SEED, 5_000_000L + i),
        CATALOGUE.occupation(trade).orElseThrow().nameEn() + " course",
        trade,
        random.nextInt(100) < 60
            ? WORK_PROVINCES[random.nextInt(WORK_PROVINCES.length)]
            : HOME_PROVINCES[random.nextInt(HOME_PROVINCES.length)],
        start,
        start.plusWeeks(weeks),
        weeks,
        3 + random.nextInt(8),
        15,
        beauty && random.nextBoolean() ? "F" : null,
        random.nextInt(100) < 80 ? Literacy.NONE : Literacy.BASIC,
        random.nextBoolean(),
        BigDecimal.valueOf(10 + random.nextInt(4) * 5L).setScale(2),
        BigDecimal.valueOf(50 + random.nextInt(6) * 50L).setScale(2),
        null,
        "Provider " + (i % 7));
  }
}
