package org.livelihoodmatch.planning.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.livelihoodmatch.planning.HairdresserCohort.DARA;
import static org.livelihoodmatch.planning.HairdresserCohort.SOKHA;
import static org.livelihoodmatch.planning.HairdresserCohort.THEARY;
import static org.livelihoodmatch.planning.HairdresserCohort.hairdressingId;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.livelihoodmatch.planning.HairdresserCohort;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves small cohorts whose best plan can be worked out by hand (see {@link HairdresserCohort}).
 */
class CohortSolverTests {

  /**
   * The factory's configuration, with a local search that also stops after 100 steps without
   * improvement: unlike the time limits, a step limit makes a reproducible solver give the same
   * answer however loaded the machine is. At the optimum of a cohort this small, late acceptance
   * may accept no move at all, so no step ends; there it stops after 3 s without improvement (the
   * optimum is found in the first milliseconds).
   */
  private static SolverConfig config(String moveThreadCount) {
    SolverConfig config =
        CohortSolverFactory.solverConfig(
            CohortSolverSettings.ofSeconds(60).withMoveThreadCount(moveThreadCount));
    PhaseConfig<?> localSearch =
        config.getPhaseConfigList().stream()
            .filter(
                p -> p instanceof org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig)
            .findFirst()
            .orElseThrow();
    localSearch.setTerminationConfig(
        new TerminationConfig()
            .withUnimprovedStepCountLimit(100)
            .withUnimprovedSecondsSpentLimit(3L));
    return config;
  }

  static CohortPlan solve(CohortPlan problem) {
    return SolverFactory.<CohortPlan>create(config("NONE")).buildSolver().solve(problem);
  }

  private final SolutionManager<CohortPlan, HardMediumSoftLongScore> scores =
      CohortSolverFactory.solutionManager();

  @Test
  void theScarceSeatGoesToTheClientWhoseAlternativeIsWorst() {
    CohortPlan solved = solve(HairdresserCohort.plan());

    assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 520));
    assertThat(pathways(solved))
        .containsEntry(THEARY, hairdressingId(THEARY))
        .containsEntry(SOKHA, "sokha-garment")
        .containsEntry(DARA, "dara-tailor");
  }

  @Test
  void theSolverBeatsFirstComeFirstServed() {
    CohortPlan problem = HairdresserCohort.plan();
    CohortPlan baseline = GreedyBaseline.plan(problem);
    scores.update(baseline);

    CohortPlan solved = solve(problem);

    assertThat(baseline.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 380));
    assertThat(solved.getScore()).isGreaterThan(baseline.getScore());
  }

  @Test
  void aPinnedAssignmentIsNotMoved() {
    CohortPlan problem = HairdresserCohort.plan();
    ClientAssignment sokha = problem.assignmentOf(SOKHA).orElseThrow();
    sokha.pin(hairdressing(sokha));

    CohortPlan solved = solve(problem);

    ClientAssignment solvedSokha = solved.assignmentOf(SOKHA).orElseThrow();
    assertThat(solvedSokha.isPinned()).isTrue();
    assertThat(solvedSokha.getPathway().id()).isEqualTo(hairdressingId(SOKHA));
    assertThat(pathways(solved))
        .containsEntry(THEARY, "theary-vegetables")
        .containsEntry(DARA, "dara-tailor");
    assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 380));
  }

  @Test
  void aClientIsLeftWithoutPathwayRatherThanOverbookingAnIntake() {
    CohortPlan problem = HairdresserCohort.plan();
    CohortPlan onlyHairdressing =
        problem.withAssignments(
            problem.getAssignments().stream()
                .map(
                    a ->
                        new ClientAssignment(
                            a.getClientId(),
                            a.getHouseholdId(),
                            a.getClientId().equals(DARA) ? 3 : 1,
                            List.of(hairdressing(a))))
                .toList());

    CohortPlan solved = solve(onlyHairdressing);

    assertThat(solved.getScore().hardScore()).isZero();
    assertThat(solved.getScore().mediumScore()).isEqualTo(-2);
    assertThat(pathways(solved)).containsEntry(DARA, hairdressingId(DARA));
    assertThat(solved.assignmentOf(SOKHA).orElseThrow().getPathway()).isNull();
    assertThat(solved.assignmentOf(THEARY).orElseThrow().getPathway()).isNull();
  }

  @Test
  void theSolverManagerSolvesAPlanAndUsesAtMostOneSolverPerCore() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(CohortSolverFactory.parallelSolvers(cores + 5)).isEqualTo(cores);
    assertThat(CohortSolverFactory.parallelSolvers(0)).isEqualTo(1);

    try (SolverManager<CohortPlan, UUID> manager =
        CohortSolverFactory.solverManager(config("NONE"), 2)) {
      SolverJob<CohortPlan, UUID> job = manager.solve(UUID.randomUUID(), HairdresserCohort.plan());
      CohortPlan solved = job.getFinalBestSolution();
      assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 520));
    }
  }

  @Test
  void moveThreadsFindTheSamePlan() {
    CohortPlan solved =
        SolverFactory.<CohortPlan>create(config("2")).buildSolver().solve(HairdresserCohort.plan());

    assertThat(solved.getScore()).isEqualTo(HardMediumSoftLongScore.of(0, 0, 520));
    assertThat(pathways(solved)).containsEntry(THEARY, hairdressingId(THEARY));
  }

  private static PathwayOption hairdressing(ClientAssignment client) {
    return client.getOptions().stream()
        .filter(o -> o.id().equals(hairdressingId(client.getClientId())))
        .findFirst()
        .orElseThrow();
  }

  private static Map<UUID, String> pathways(CohortPlan plan) {
    return plan.getAssignments().stream()
        .filter(a -> a.getPathway() != null)
        .collect(Collectors.toMap(ClientAssignment::getClientId, a -> a.getPathway().id()));
  }
}
