package org.livelihoodmatch.benchmarks.planning;

import java.util.Map;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A quick comparison of the solver configurations on one size: args SIZE seconds [names...]. With
 * {@code -Dtrial.calculations=N} each run stops after N score calculations instead of the time, so
 * that configurations compare by work done, whatever else loads the machine; and with {@code
 * -Dtrial.plain=true} the stability constraints are not weighed (the model CP-SAT solves).
 */
public final class SolverConfigTrial {

  private SolverConfigTrial() {}

  public static void main(String[] args) {
    CohortInstances.Instance instance =
        CohortInstances.generate(CohortInstances.Size.valueOf(args[0]));
    long seconds = Long.parseLong(args[1]);
    for (Map.Entry<String, SolverConfig> e : SolverConfigs.all(seconds).entrySet()) {
      if (args.length > 2 && !java.util.Arrays.asList(args).contains(e.getKey())) {
        continue;
      }
      SolverConfig config = e.getValue();
      long calculations = Long.getLong("trial.calculations", 0);
      if (calculations > 0) {
        config.setTerminationConfig(
            new org.optaplanner.core.config.solver.termination.TerminationConfig()
                .withScoreCalculationCountLimit(calculations));
      }
      var problem = CohortBenchmark.copy(instance.problem());
      if (Boolean.getBoolean("trial.plain")) {
        problem =
            new org.livelihoodmatch.planning.domain.CohortPlan(
                problem.getAssignments(),
                problem.getIntakeSeats(),
                problem.getVacancyPositions(),
                problem.getLoanFunds(),
                problem.getMarketRooms(),
                new org.livelihoodmatch.planning.domain.CohortWeights()
                    .with(
                        org.livelihoodmatch.planning.domain.CohortWeights.BLOCKING_PAIR,
                        org.optaplanner.core.api.score.buildin.hardmediumsoftlong
                            .HardMediumSoftLongScore.ZERO));
      }
      SolverRun.Result r = SolverRun.solve(config, problem);
      System.out.printf(
          "%s %s: %s (10 s: %s), %d/s, %.1f s%n",
          args[0],
          e.getKey(),
          r.best().getScore(),
          r.bestWithin(10_000),
          r.scoreCalculationSpeed(),
          r.spentMillis() / 1000.0);
    }
  }
}
