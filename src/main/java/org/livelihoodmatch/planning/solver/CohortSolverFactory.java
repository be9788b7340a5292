package org.livelihoodmatch.planning.solver;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds the solver of cohort plans in code. The application does not use OptaPlanner's Spring Boot
 * starter (the 10.x starter fails on Boot 4); it makes its {@code SolverManager} bean here.
 *
 * <p>The solver first places the hardest clients (highest priority, fewest options) on their best
 * pathway (first fit decreasing), then improves with late acceptance over two kinds of move: one
 * client changes her pathway, or one client takes a pathway and the client who held its scarce
 * seat, position or market place moves to another of hers at the same time ({@link HandOverMove}).
 * One change at a time cannot pass a full intake's seat from one client to another without first
 * making the plan worse; the hand-over does it in one step, so the cheap late acceptance, which
 * refuses such detours, is no longer stuck, and it beat tabu search in {@code benchmarks/} (README
 * there). Scores are calculated by the Bavet constraint-stream engine, several times faster here
 * than the Drools one. {@link EnvironmentMode#REPRODUCIBLE}: the same plan and time give the same
 * answer.
 */
public final class CohortSolverFactory {

  /** Late acceptance compares with the score of this many steps ago (benchmarked: 10 to 400). */
  static final int LATE_ACCEPTANCE_SIZE = 100;

  private CohortSolverFactory() {}

  /** The solver configuration for the given settings. */
  public static SolverConfig solverConfig(CohortSolverSettings settings) {
    TerminationConfig termination = new TerminationConfig().withSpentLimit(settings.timeLimit());
    if (settings.unimprovedTimeLimit() != null) {
      termination = termination.withUnimprovedSpentLimit(settings.unimprovedTimeLimit());
    }
    return new SolverConfig()
        .withSolutionClass(CohortPlan.class)
        .withEntityClasses(ClientAssignment.class)
        .withScoreDirectorFactory(
            new ScoreDirectorFactoryConfig()
                .withConstraintProviderClass(CohortConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withMoveThreadCount(settings.moveThreadCount())
        .withTerminationConfig(termination)
        .withPhases(
            new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(DeferredAcceptanceStart.class)),
            new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
            new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(
                    new UnionMoveSelectorConfig()
                        .withMoveSelectors(
                            new ChangeMoveSelectorConfig(),
                            new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(HandOverMoveFactory.class)))
                .withAcceptorConfig(
                    new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
  }

  /** A solver factory for the given settings. */
  public static SolverFactory<CohortPlan> solverFactory(CohortSolverSettings settings) {
    return SolverFactory.create(solverConfig(settings));
  }

  /**
   * A solver manager that solves up to {@code parallelSolverCount} plans at once, never more than
   * one per available core (more would only make each plan slower), keyed by plan id.
   */
  public static SolverManager<CohortPlan, UUID> solverManager(
      CohortSolverSettings settings, int parallelSolverCount) {
    return solverManager(solverConfig(settings), parallelSolverCount);
  }

  /** The same for a configuration adjusted by the caller (for example a benchmark's). */
  public static SolverManager<CohortPlan, UUID> solverManager(
      SolverConfig solverConfig, int parallelSolverCount) {
    return SolverManager.create(
        solverConfig,
        new SolverManagerConfig()
            .withParallelSolverCount(String.valueOf(parallelSolvers(parallelSolverCount))));
  }

  /** Scores and explains plans (no solving, so the settings do not matter). */
  public static SolutionManager<CohortPlan, HardMediumSoftLongScore> solutionManager() {
    return SolutionManager.create(solverFactory(CohortSolverSettings.ofSeconds(1)));
  }

  /** The parallel solver count actually used: between 1 and the number of available cores. */
  static int parallelSolvers(int requested) {
    int cores = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(requested, cores));
  }
}
