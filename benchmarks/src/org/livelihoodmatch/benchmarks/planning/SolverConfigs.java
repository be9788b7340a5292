package org.livelihoodmatch.benchmarks.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.livelihoodmatch.planning.solver.HandOverMoveFactory;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The solver configurations the benchmarks compare, by name. {@code default} is the service's
 * (Bavet, late acceptance of size 100 over change and hand-over moves); {@code previous-default} the
 * one before the benchmarks (Drools, tabu search over OptaPlanner's default change and swap moves).
 */
final class SolverConfigs {

  private SolverConfigs() {}

  static Map<String, SolverConfig> all(long seconds) {
    Map<String, SolverConfig> configs = new LinkedHashMap<>();
    configs.put("default", service(seconds));
    configs.put("previous-default", drools(localSearch(seconds, plainTabu())));
    configs.put("tabu-handover", localSearch(seconds, tabu(handOver())));
    configs.put("late-acceptance-400-handover", localSearch(seconds, lateAcceptance(handOver(), 400)));
    configs.put("late-acceptance-50-handover", localSearch(seconds, lateAcceptance(handOver(), 50)));
    configs.put("late-acceptance-100-drools", drools(service(seconds)));
    configs.put("augmenting", localSearch(seconds, lateAcceptance(augmenting(), 100)));
    configs.put(
        "augmenting-without-stability",
        withoutStabilityStart(localSearch(seconds, lateAcceptance(augmenting(), 100))));
    configs.put("default-without-stability-start", withoutStabilityStart(service(seconds)));
    return configs;
  }

  static SolverConfig service(long seconds) {
    return CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds));
  }

  private static SolverConfig localSearch(long seconds, LocalSearchPhaseConfig localSearch) {
    SolverConfig config = service(seconds);
    List<PhaseConfig> phases = config.getPhaseConfigList();
    phases.set(phases.size() - 1, localSearch);
    return config;
  }

  private static SolverConfig drools(SolverConfig config) {
    config.getScoreDirectorFactoryConfig().setConstraintStreamImplType(ConstraintStreamImplType.DROOLS);
    return config;
  }

  /** The configuration before the benchmarks: tabu search over OptaPlanner's default moves. */
  private static LocalSearchPhaseConfig plainTabu() {
    return new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.TABU_SEARCH);
  }

  private static LocalSearchPhaseConfig tabu(UnionMoveSelectorConfig moves) {
    return tabu(moves, 1000);
  }

  private static LocalSearchPhaseConfig tabu(UnionMoveSelectorConfig moves, int acceptedCount) {
    return new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(moves)
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCount));
  }

  private static LocalSearchPhaseConfig lateAcceptance(UnionMoveSelectorConfig moves, int size) {
    return new LocalSearchPhaseConfig()
        .withMoveSelectorConfig(moves)
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
  }

  /** The same configuration starting from first fit only, not deferred acceptance. */
  private static SolverConfig withoutStabilityStart(SolverConfig config) {
    List<PhaseConfig> phases = new java.util.ArrayList<>(config.getPhaseConfigList());
    phases.remove(0);
    config.setPhaseConfigList(phases);
    return config;
  }

  private static UnionMoveSelectorConfig augmenting() {
    return new UnionMoveSelectorConfig()
        .withMoveSelectors(
            new ChangeMoveSelectorConfig(),
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HandOverMoveFactory.class),
            new MoveIteratorFactoryConfig()
                .withMoveIteratorFactoryClass(
                    org.livelihoodmatch.planning.solver.AugmentingPathMoveFactory.class));
  }

  private static UnionMoveSelectorConfig handOver() {
    return new UnionMoveSelectorConfig()
        .withMoveSelectors(
            new ChangeMoveSelectorConfig(),
            new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(HandOverMoveFactory.class));
  }
}
