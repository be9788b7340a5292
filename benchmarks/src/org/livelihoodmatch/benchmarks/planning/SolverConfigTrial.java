package org.livelihoodmatch.benchmarks.planning;

import java.util.Map;
import org.optaplanner.core.config.solver.SolverConfig;

/** A quick comparison of the solver configurations on one size: args SIZE seconds [names...]. */
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
      SolverRun.Result r = SolverRun.solve(e.getValue(), CohortBenchmark.copy(instance.problem()));
      System.out.printf(
          "%s %s: %s (10 s: %s), %d/s%n",
          args[0],
          e.getKey(),
          r.best().getScore(),
          r.bestWithin(10_000),
          r.scoreCalculationSpeed());
    }
  }
}
