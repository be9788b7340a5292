package org.livelihoodmatch.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.catalogue.CatalogueLoader;
import org.livelihoodmatch.catalogue.Occupation;
import org.livelihoodmatch.catalogue.WageFloor;

class SyntheticPopulationTests {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  static Catalogue catalogue;
  static SyntheticPopulation synthetic;
  static SyntheticPopulation.Population large;

  @BeforeAll
  static void draw() {
    catalogue = CatalogueLoader.loadPackaged();
    synthetic = new SyntheticPopulation(catalogue, TODAY);
    large = synthetic.generate(20090601L, new SyntheticPopulation.Size(10_000, 500, 5_000, 200));
  }

  @Test
  void theSameSeedGivesTheSamePopulation() {
    var size = new SyntheticPopulation.Size(300, 60, 400, 30);
    assertThat(synthetic.generate(7, size)).isEqualTo(synthetic.generate(7, size));
    assertThat(synthetic.generate(8, size).clients())
        .isNotEqualTo(synthetic.generate(7, size).clients());
  }

  @Test
  void moreVacanciesDoNotChangeTheClients() {
    var few = synthetic.generate(7, new SyntheticPopulation.Size(100, 10, 10, 5));
    var many = synthetic.generate(7, new SyntheticPopulation.Size(100, 10, 900, 5));
    assertThat(many.clients()).isEqualTo(few.clients());
    assertThat(many.vacancies().subList(0, 10)).isEqualTo(few.vacancies());
  }

  @Test
  void clientsAreCalibratedToTheStudies() {
    List<SyntheticClient> clients = large.clients();
    assertThat(share(clients, c -> c.sex().equals("F"))).isCloseTo(0.80, within(0.02));
    assertThat(share(clients, c -> c.ageAtTrafficking() < 15)).isCloseTo(0.17, within(0.015));
    assertThat(share(clients, c -> c.ageAtTrafficking() >= 15 && c.ageAtTrafficking() <= 17))
        .isCloseTo(0.60, within(0.02));
    assertThat(share(clients, c -> c.literacy().equals("NONE"))).isCloseTo(0.60, within(0.02));
    assertThat(share(clients, SyntheticClient::landless)).isCloseTo(0.71, within(0.02));
    assertThat(share(clients, SyntheticClient::wantsSelfEmployment)).isCloseTo(0.40, within(0.02));
    assertThat(share(clients, c -> c.homeProvince().equals("20"))).isBetween(0.15, 0.25);
    assertThat(clients)
        .allSatisfy(
            c -> {
              assertThat(c.birthDate()).isBefore(TODAY);
              assertThat(c.ageOn(TODAY)).isBetween(13, 32);
              assertThat(c.preferredOccupations()).hasSizeBetween(1, 3).doesNotHaveDuplicates();
              assertThat(c.monthlyRemittance()).isBetween(BigDecimal.ZERO, new BigDecimal("40"));
              assertThat(c.dependants()).isBetween(0, 6);
              assertThat(c.availableFrom()).isBetween(TODAY, TODAY.plusMonths(6));
              assertThat(c.preferredProvinces()).noneMatch(c.avoidProvinces()::contains);
              assertThat(c.languages()).isNotEmpty();
            });
  }

  @Test
  void trainingFollowsWhatEachSexWasGiven() {
    List<SyntheticClient> women =
        large.clients().stream().filter(c -> c.sex().equals("F")).toList();
    List<SyntheticClient> men = large.clients().stream().filter(c -> c.sex().equals("M")).toList();
    assertThat(share(women, trainedIn("tailor", "sewing-machine-operator")))
        .isCloseTo(0.75, within(0.03));
    assertThat(share(women, trainedIn("beautician"))).isCloseTo(0.25, within(0.03));
    assertThat(share(men, trainedIn("motorcycle-mechanic"))).isCloseTo(0.36, within(0.04));
    assertThat(share(men, trainedIn("tailor"))).isCloseTo(0.29, within(0.04));
    assertThat(share(men, trainedIn("hairdresser"))).isCloseTo(0.21, within(0.04));
    // The studies' point: what they wish for is often not what they were trained in.
    assertThat(share(large.clients(), c -> !c.preferredOccupations().get(0).equals(trained(c))))
        .isGreaterThan(0.5);
    assertThat(large.clients().stream().flatMap(c -> c.preferredOccupations().stream()))
        .allSatisfy(code -> assertThat(occupation(code).hazardousForMinors()).isFalse());
  }

  @Test
  void everyVacancyIsLawful() {
    assertThat(large.vacancies())
        .allSatisfy(
            v -> {
              Occupation occupation = occupation(v.occupation());
              var floor = catalogue.wageFloor(occupation.sector(), v.startDate());
              if (floor.isPresent()) {
                assertThat(v.monthlyWage()).isGreaterThanOrEqualTo(floor.get().monthlyWage());
              } else {
                BigDecimal market = occupation.marketWage();
                assertThat(v.monthlyWage())
                    .isBetween(
                        market.multiply(new BigDecimal("0.795")),
                        market.multiply(new BigDecimal("1.205")));
              }
              assertThat(v.monthlyWage())
                  .isLessThanOrEqualTo(occupation.marketWage().multiply(BigDecimal.valueOf(2)));
              assertThat(v.minAge())
                  .isGreaterThanOrEqualTo(occupation.hazardousForMinors() ? 18 : 15);
              assertThat(v.minAge()).isLessThanOrEqualTo(18);
              assertThat(v.hoursPerWeek()).isBetween(40, 48);
              assertThat(v.positions()).isBetween(1, 20);
              assertThat(v.startDate()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(12));
              assertThat(v.employer()).isBetween(0, large.employers().size() - 1);
              assertThat(v.workplaceAddress().split("\\s+").length).isGreaterThanOrEqualTo(3);
              assertThat(v.description().toLowerCase())
                  .doesNotContain("fee", "deposit", "passport", "abroad", "thailand");
            });
    assertThat(large.vacancies().stream().map(SyntheticVacancy::occupation))
        .contains("sewing-machine-operator", "hairdresser", "construction-labourer");
    assertThat(share(large.vacancies(), v -> occupation(v.occupation()).sector().equals("garment")))
        .isBetween(0.2, 0.4);
    assertThat(
            large.vacancies().stream()
                .filter(v -> occupation(v.occupation()).sector().equals("garment"))
                .map(v -> v.monthlyWage().subtract(floor("garment", v.startDate()))))
        .allSatisfy(extra -> assertThat(extra).isBetween(BigDecimal.ZERO, new BigDecimal("25")));
  }

  @Test
  void intakesLookLikeTheProgrammes() {
    assertThat(large.intakes())
        .allSatisfy(
            i -> {
              assertThat(i.title()).matches(".+, \\d+ months");
              assertThat(i.durationWeeks()).isBetween(12, 52);
              assertThat(i.seats()).isBetween(8, 25);
              assertThat(i.minAge())
                  .isEqualTo(occupation(i.occupation()).hazardousForMinors() ? 18 : 15);
              assertThat(i.startDate()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(9));
              assertThat(i.endDate())
                  .isEqualTo(i.startDate().plusWeeks(i.durationWeeks()).minusDays(1));
              assertThat(i.monthlyStipend()).isBetween(BigDecimal.ZERO, new BigDecimal("30"));
              assertThat(i.costPerTrainee())
                  .isBetween(new BigDecimal("100"), new BigDecimal("600"));
              assertThat(i.sex()).isIn(null, "F");
            });
    assertThat(share(large.intakes(), i -> "F".equals(i.sex()))).isBetween(0.05, 0.3);
  }

  @Test
  void vacanciesOfOneEmployerFollowItsTrade() {
    var employer =
        new SyntheticEmployer(
            "Demo Garments Co.",
            "garment",
            "12",
            null,
            null,
            null,
            "No. 88, Street 598, Khan Russey Keo, Phnom Penh");
    assertThat(synthetic.vacanciesOf(1, employer, 20))
        .hasSize(20)
        .allSatisfy(
            v -> {
              assertThat(v.employer()).isZero();
              assertThat(v.occupation()).isIn("sewing-machine-operator", "tailor");
            });
  }

  @Test
  void employersHaveUniqueNames() {
    assertThat(large.employers().stream().map(SyntheticEmployer::name)).doesNotHaveDuplicates();
    assertThat(large.employers().get(0).name()).matches("[A-Z].+ (Co\\. Ltd|Enterprise|& Sons)");
  }

  @Test
  void everyCodeIsInTheCatalogue() {
    var population = synthetic.generate(3, new SyntheticPopulation.Size(2000, 200, 2000, 100));
    List<SyntheticClient> clients =
        Stream.concat(population.clients().stream(), synthetic.personas().stream()).toList();
    for (SyntheticClient c : clients) {
      assertThat(catalogue.isProvince(c.homeProvince())).as(c.homeProvince()).isTrue();
      Stream.concat(c.preferredProvinces().stream(), c.avoidProvinces().stream())
          .forEach(p -> assertThat(catalogue.isProvince(p)).as(p).isTrue());
      Stream.concat(c.preferredOccupations().stream(), c.skills().stream().map(s -> s.occupation()))
          .forEach(o -> assertThat(catalogue.isOccupation(o)).as(o).isTrue());
      assertThat(c.skills())
          .allSatisfy(s -> assertThat(s.level()).isIn("INTEREST", "TRAINED", "EXPERIENCED"));
      assertThat(c.languages()).allSatisfy(l -> assertThat(l).matches("[a-z]{2,3}"));
      assertThat(c.literacy()).isIn("NONE", "BASIC", "FUNCTIONAL");
    }
    population
        .intakes()
        .forEach(
            i -> {
              assertThat(catalogue.isProvince(i.province())).isTrue();
              assertThat(catalogue.isOccupation(i.occupation())).isTrue();
              assertThat(i.languages()).contains("km");
            });
    // courses in the north-east come with interpreters of its languages; elsewhere Khmer only
    assertThat(population.intakes())
        .filteredOn(i -> i.province().equals("16"))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.languages()).contains("tpu", "jra", "krr"));
    assertThat(population.intakes())
        .filteredOn(i -> !List.of("16", "11").contains(i.province()))
        .allSatisfy(i -> assertThat(i.languages()).containsExactly("km"));
    population
        .vacancies()
        .forEach(
            v -> {
              assertThat(catalogue.isProvince(v.province())).isTrue();
              assertThat(catalogue.isOccupation(v.occupation())).isTrue();
            });
    population.employers().forEach(e -> assertThat(catalogue.isProvince(e.province())).isTrue());
  }

  @Test
  void thePersonasAreThePeopleOfTheCaseStudies() {
    List<SyntheticClient> personas = synthetic.personas();
    assertThat(personas).hasSize(17);
    assertThat(personas.stream().map(SyntheticClient::persona)).doesNotHaveDuplicates();
    SyntheticClient pheada = persona("Pheada");
    assertThat(pheada.ageOn(TODAY)).isEqualTo(15);
    assertThat(pheada.homeProvince()).isEqualTo("20");
    assertThat(pheada.canLiveAtHome()).isFalse();
    SyntheticClient indigenous = persona("Indigenous young woman");
    assertThat(indigenous.languages()).doesNotContain("km");
    assertThat(indigenous.needsHealthClinic()).isTrue();
    assertThat(indigenous.willingToRelocate()).isFalse();
    assertThat(indigenous.homeProvince()).isEqualTo("16");
    SyntheticClient kimlang = persona("Kimlang");
    assertThat(kimlang.avoidProvinces()).containsExactly(kimlang.homeProvince());
    assertThat(kimlang.headOfHousehold()).isTrue();
    assertThat(kimlang.dependants()).isEqualTo(4);
    assertThat(persona("Men trained in sewing").preferredOccupations())
        .containsExactly("electronics-repairer", "motorcycle-mechanic");
    assertThat(persona("Men trained in sewing").sex()).isEqualTo("M");
    assertThat(persona("Girl in a restaurant").ageOn(TODAY)).isEqualTo(11);
    assertThat(persona("Boy from Poipet").homeProvince()).isEqualTo("01");
    assertThat(persona("Theary").skills())
        .extracting(SyntheticClient.Skill::occupation)
        .containsExactly("sewing-machine-operator");
  }

  private SyntheticClient persona(String name) {
    return synthetic.personas().stream()
        .filter(p -> p.persona().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static Predicate<SyntheticClient> trainedIn(String... codes) {
    List<String> wanted = List.of(codes);
    return c -> wanted.contains(trained(c));
  }

  private static String trained(SyntheticClient c) {
    return c.skills().stream()
        .filter(s -> s.level().equals("TRAINED"))
        .map(SyntheticClient.Skill::occupation)
        .findFirst()
        .orElseThrow();
  }

  private static Occupation occupation(String code) {
    return catalogue.occupation(code).orElseThrow();
  }

  private static BigDecimal floor(String sector, LocalDate on) {
    return catalogue.wageFloor(sector, on).map(WageFloor::monthlyWage).orElseThrow();
  }

  private static <T> double share(List<T> items, Predicate<T> test) {
    return items.stream().filter(test).count() / (double) items.size();
  }
}
