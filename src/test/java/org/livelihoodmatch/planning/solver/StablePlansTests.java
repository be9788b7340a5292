package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.planning.HairdresserCohort.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.PathwayKind;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Plans that pass nobody over: a cohort whose best plan is stable comes out with no blocking pair,
 * because of the stability constraints (without them it would not), and deferred acceptance never
 * leaves one.
 */
class StablePlansTests {

  private static final UUID EMPLOYER = id("employer");
  private static final UUID SALON = id("vacancy salon");
  private static final UUID FACTORY = id("vacancy factory");
  private static final UUID MINOR = id("client minor");
  private static final UUID ADULT = id("client adult");

  /**
   * One salon position and one factory position; both clients want the salon first. The minor
   * (priority 5) earns US$30 a month in either; the adult (priority 1) US$150 in the salon and
   * US$20 in the factory. Surplus alone would give the salon to the adult (440 soft against 360,
   * both less 20 for two clients at one employer), passing the minor over for a client of lower
   * priority: a blocking pair, which costs 300.
   */
  private static CohortPlan salonCohort(CohortWeights weights) {
    ClientAssignment minor =
        new ClientAssignment(
            MINOR,
            null,
            5,
            List.of(
                job("minor-salon", MINOR, SALON, 1, 30),
                job("minor-factory", MINOR, FACTORY, 2, 30)));
    ClientAssignment adult =
        new ClientAssignment(
            ADULT,
            null,
            1,
            List.of(
                job("adult-salon", ADULT, SALON, 1, 150),
                job("adult-factory", ADULT, FACTORY, 2, 20)));
    return new CohortPlan(
        List.of(adult, minor),
        List.of(),
        List.of(
            new VacancyPositions(SALON, EMPLOYER, 1), new VacancyPositions(FACTORY, EMPLOYER, 1)),
        List.of(),
        List.of(),
        weights);
  }

  private static PathwayOption job(String id, UUID client, UUID vacancy, int rank, long dollars) {
    return PathwayOption.builder(id, client, PathwayKind.JOB)
        .vacancy(vacancy, EMPLOYER)
        .preferenceRank(rank)
        .surplusCents(dollars * 100)
        .build();
  }

  @Test
  void aCohortWithAStableOptimumComesOutWithoutBlockingPairs() {
    CohortPlan solved = CohortSolverTests.solve(salonCohort(new CohortWeights()));

    assertThat(solved.assignmentOf(MINOR).orElseThrow().getPathway().id()).isEqualTo("minor-salon");
    assertThat(solved.assignmentOf(ADULT).orElseThrow().getPathway().id())
        .isEqualTo("adult-factory");
    assertThat(BlockingPairs.of(solved)).isEmpty();
    assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 340));
  }

  @Test
  void withoutTheStabilityConstraintsTheSamePlanPassesTheMinorOver() {
    CohortWeights noStability =
        new CohortWeights().with(CohortWeights.BLOCKING_PAIR, HardMediumSoftLongScore.ZERO);

    CohortPlan solved = CohortSolverTests.solve(salonCohort(noStability));

    assertThat(solved.assignmentOf(ADULT).orElseThrow().getPathway().id()).isEqualTo("adult-salon");
    assertThat(BlockingPairs.of(solved))
        .singleElement()
        .satisfies(
            pair -> {
              assertThat(pair.clientId()).isEqualTo(MINOR);
              assertThat(pair.wantedPathwayId()).isEqualTo("minor-salon");
              assertThat(pair.givenPathwayId()).isEqualTo("minor-factory");
              assertThat(pair.heldBy()).containsExactly(ADULT);
            });
  }

  @Test
  void deferredAcceptanceServesPriorityFirstAndFirstComeFirstServedDoesNot() {
    CohortPlan problem = salonCohort(new CohortWeights());

    CohortPlan stable = DeferredAcceptance.plan(problem);
    CohortPlan greedy = GreedyBaseline.plan(problem);

    assertThat(stable.assignmentOf(MINOR).orElseThrow().getPathway().id()).isEqualTo("minor-salon");
    assertThat(BlockingPairs.of(stable)).isEmpty();
    assertThat(greedy.assignmentOf(ADULT).orElseThrow().getPathway().id()).isEqualTo("adult-salon");
    assertThat(BlockingPairs.of(greedy)).hasSize(1);
    assertThat(problem.assignmentOf(MINOR).orElseThrow().getPathway()).isNull();
  }

  @Test
  void deferredAcceptanceLeavesNoBlockingPairOnRandomCohorts() {
    Random random = new Random(5);
    for (int trial = 0; trial < 200; trial++) {
      CohortPlan plan = DeferredAcceptance.plan(randomCohort(random, trial));
      assertThat(BlockingPairs.of(plan)).as("trial %d", trial).isEmpty();
    }
  }

  /** Up to 12 clients of priority 1 to 9 wanting jobs, some after a course, with few places. */
  private static CohortPlan randomCohort(Random random, int trial) {
    List<UUID> vacancies = List.of(id("v0"), id("v1"), id("v2"));
    UUID intake = id("course");
    List<ClientAssignment> clients = new ArrayList<>();
    for (int c = 0; c < 1 + random.nextInt(12); c++) {
      UUID client = id("t" + trial + "c" + c);
      List<PathwayOption> options = new ArrayList<>();
      for (int o = 0; o < random.nextInt(4); o++) {
        PathwayOption.Builder b =
            PathwayOption.builder(client + "-" + o, client, PathwayKind.JOB)
                .vacancy(vacancies.get(random.nextInt(3)), EMPLOYER)
                .preferenceRank(random.nextInt(6))
                .surplusCents(random.nextInt(200_00));
        if (random.nextBoolean()) {
          b.training(intake, 4, 0);
        }
        options.add(b.build());
      }
      clients.add(new ClientAssignment(client, null, 1 + random.nextInt(9), options));
    }
    return new CohortPlan(
        clients,
        List.of(new IntakeSeats(intake, random.nextInt(3))),
        vacancies.stream()
            .map(v -> new VacancyPositions(v, EMPLOYER, 1 + random.nextInt(2)))
            .toList(),
        List.of(),
        List.of());
  }
}
