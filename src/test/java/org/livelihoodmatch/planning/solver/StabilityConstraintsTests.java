package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.planning.HairdresserCohort.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * The two stability constraints: each alone, and together against the exact count of {@link
 * BlockingPairs} on many random plans.
 */
class StabilityConstraintsTests {

  private static final UUID EMPLOYER = id("employer");
  private static final UUID SALON = id("vacancy salon");
  private static final UUID FACTORY = id("vacancy factory");
  private static final UUID COURSE = id("intake course");

  private final ConstraintVerifier<CohortConstraints, CohortPlan> verifier =
      ConstraintVerifier.build(new CohortConstraints(), CohortPlan.class, ClientAssignment.class);

  private int clients;

  /** A client whose wishes are given most wanted first (ranks 1, 2, ...). */
  @SafeVarargs
  private ClientAssignment client(int priority, UnaryOperator<PathwayOption.Builder>... wishes) {
    UUID clientId = id("client " + clients++);
    List<PathwayOption> options = new ArrayList<>();
    for (int rank = 0; rank < wishes.length; rank++) {
      PathwayOption.Builder builder =
          PathwayOption.builder("c" + clients + "-" + rank, clientId, PathwayKind.JOB)
              .preferenceRank(rank + 1);
      options.add(wishes[rank].apply(builder).build());
    }
    return new ClientAssignment(clientId, null, priority, options);
  }

  private static UnaryOperator<PathwayOption.Builder> job(UUID vacancy) {
    return b -> b.vacancy(vacancy, EMPLOYER);
  }

  private static UnaryOperator<PathwayOption.Builder> course(UUID vacancy) {
    return b -> b.vacancy(vacancy, EMPLOYER).training(COURSE, 4, 0);
  }

  private static CohortPlan plan(List<ClientAssignment> clients, List<VacancyPositions> vacancies) {
    return new CohortPlan(
        clients, List.of(new IntakeSeats(COURSE, 1)), vacancies, List.of(), List.of());
  }

  @Test
  void everyPathwayWantedMoreThanHersIsAWishPassedOver() {
    ClientAssignment second = client(1, job(SALON), job(FACTORY), job(id("vacancy 3")));
    second.setPathway(second.getOptions().get(1));
    ClientAssignment first = client(1, job(SALON), job(FACTORY));
    first.setPathway(first.getOptions().get(0));
    ClientAssignment none = client(1, job(SALON), job(FACTORY), job(id("vacancy 4")));

    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishPassedOver(f))
        .givenSolution(plan(List.of(second, first, none), List.of()))
        .penalizesBy(1 + 0 + 3);
  }

  @Test
  void aWishIsHeldWhenItsPlaceIsFullOfClientsOfAtLeastHerPriority() {
    ClientAssignment holder = client(5, job(SALON));
    holder.setPathway(holder.getOptions().get(0));
    ClientAssignment lower = client(3, job(SALON), job(FACTORY));
    lower.setPathway(lower.getOptions().get(1));
    ClientAssignment equal = client(5, job(SALON));
    ClientAssignment higher = client(7, job(SALON), job(FACTORY));
    higher.setPathway(higher.getOptions().get(1));
    List<VacancyPositions> vacancies =
        List.of(
            new VacancyPositions(SALON, EMPLOYER, 1), new VacancyPositions(FACTORY, EMPLOYER, 2));

    // lower (3) and equal (5) are fairly refused; higher (7) is not: she and the salon block.
    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishHeldByPriority(f))
        .givenSolution(plan(List.of(holder, lower, equal, higher), vacancies))
        .rewardsWith(2);
    CohortPlan plan = plan(List.of(holder, lower, equal, higher), vacancies);
    assertThat(BlockingPairs.of(plan))
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(pair.clientId()).isEqualTo(higher.getClientId());
              assertThat(pair.heldBy()).containsExactly(holder.getClientId());
            });
  }

  @Test
  void aPathwayWithTwoPlacesIsHeldWhenEitherIsFullAndCountedOnce() {
    // both full: counted by the first place and by the second, and taken back once by both
    ClientAssignment holder = client(9, course(SALON));
    holder.setPathway(holder.getOptions().get(0));
    ClientAssignment wanting = client(2, course(SALON));
    List<VacancyPositions> vacancies = List.of(new VacancyPositions(SALON, EMPLOYER, 1));

    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishHeldByPriority(f))
        .givenSolution(plan(List.of(holder, wanting), vacancies))
        .rewardsWith(1);
    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishHeldBySecondPlace(f))
        .givenSolution(plan(List.of(holder, wanting), vacancies))
        .rewardsWith(1);
    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishHeldByBothPlaces(f))
        .givenSolution(plan(List.of(holder, wanting), vacancies))
        .penalizesBy(1);
  }

  @Test
  void aPlaceSheHoldsHerselfDoesNotRefuseHerAnotherPathwayThroughIt() {
    // One course seat, hers; she wants the course with the salon job more than with the factory's.
    ClientAssignment her = client(1, course(SALON), course(FACTORY));
    her.setPathway(her.getOptions().get(1));
    List<VacancyPositions> vacancies =
        List.of(
            new VacancyPositions(SALON, EMPLOYER, 1), new VacancyPositions(FACTORY, EMPLOYER, 1));

    verifier
        .verifyThat((c, f) -> StabilityConstraints.wishHeldByPriority(f))
        .givenSolution(plan(List.of(her), vacancies))
        .rewardsWith(0);
    assertThat(BlockingPairs.of(plan(List.of(her), vacancies))).hasSize(1);
  }

  @Test
  void onRandomPlansTheStabilityConstraintsTogetherCountTheBlockingPairsExactly() {
    SolutionManager<CohortPlan, HardMediumSoftLongScore> scores =
        CohortSolverFactory.solutionManager();
    long weight = new CohortWeights().getBlockingPair().softScore();
    Random random = new Random(20261205);
    for (int trial = 0; trial < 300; trial++) {
      CohortPlan plan = randomPlan(random);
      long stability =
          scores.explain(plan).getConstraintMatchTotalMap().values().stream()
              .filter(t -> t.getConstraintName().startsWith("Wish "))
              .mapToLong(t -> t.getScore().softScore())
              .sum();
      assertThat(-stability / weight)
          .as("trial %d: %s", trial, plan.getAssignments())
          .isEqualTo(BlockingPairs.of(plan).size());
      assertThat(-stability % weight).isZero();
    }
  }

  /** Up to 8 clients of random priority over 4 vacancies, 2 intakes and a market, some full. */
  private CohortPlan randomPlan(Random random) {
    List<UUID> vacancies = List.of(id("v0"), id("v1"), id("v2"), id("v3"));
    List<UUID> intakes = List.of(id("i0"), id("i1"));
    List<ClientAssignment> assignments = new ArrayList<>();
    int n = 1 + random.nextInt(8);
    for (int c = 0; c < n; c++) {
      List<UnaryOperator<PathwayOption.Builder>> wishes = new ArrayList<>();
      int options = random.nextInt(4);
      for (int o = 0; o < options; o++) {
        UUID vacancy = vacancies.get(random.nextInt(4));
        UUID intake = intakes.get(random.nextInt(2));
        long surplus = random.nextInt(100);
        int shape = random.nextInt(3);
        wishes.add(
            b -> {
              switch (shape) {
                case 0 -> b.vacancy(vacancy, EMPLOYER);
                case 1 -> b.vacancy(vacancy, EMPLOYER).training(intake, 4, 0);
                default -> b.market("20/tailor");
              }
              return b.surplusCents(surplus);
            });
      }
      @SuppressWarnings("unchecked")
      ClientAssignment a = client(1 + random.nextInt(5), wishes.toArray(UnaryOperator[]::new));
      if (!a.getOptions().isEmpty() && random.nextInt(4) > 0) {
        a.setPathway(a.getOptions().get(random.nextInt(a.getOptions().size())));
      }
      assignments.add(a);
    }
    return new CohortPlan(
        assignments,
        intakes.stream().map(i -> new IntakeSeats(i, random.nextInt(3))).toList(),
        vacancies.stream().map(v -> new VacancyPositions(v, EMPLOYER, random.nextInt(3))).toList(),
        List.of(),
        List.of(new MarketRoom("20/tailor", random.nextInt(3))));
    // capacities of 0 included: wishes for a place nobody can have pass no one over
  }
}
