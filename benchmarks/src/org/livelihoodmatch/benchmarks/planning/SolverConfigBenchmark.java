package org.livelihoodmatch.benchmarks.planning;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Compares solver configurations with OptaPlanner's benchmarker on generated instances; the HTML
 * report goes to {@code target/benchmarks/planning/optaplanner/}. The service's configuration
 * ({@code default}) is the one that won.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.SolverConfigBenchmark \
 *   -Dexec.args="30 M L default tabu-change-swap late-acceptance-handover"
 * </pre>
 *
 * Arguments: seconds per solve, the sizes, then the configurations of {@link SolverConfigs} to
 * compare (default: all).
 */
public final class SolverConfigBenchmark {

  private SolverConfigBenchmark() {}

  public static void main(String[] args) {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 30;
    List<CohortPlan> problems = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      try {
        problems.add(CohortInstances.generate(CohortInstances.Size.valueOf(args[i])).problem());
      } catch (IllegalArgumentException notASize) {
        names.add(args[i]);
      }
    }
    if (problems.isEmpty()) {
      problems.add(CohortInstances.generate(CohortInstances.Size.M).problem());
    }
    List<SolverBenchmarkConfig> solvers = new ArrayList<>();
    for (Map.Entry<String, SolverConfig> e : SolverConfigs.all(seconds).entrySet()) {
      if (names.isEmpty() || names.contains(e.getKey())) {
        solvers.add(new SolverBenchmarkConfig().withName(e.getKey()).withSolverConfig(e.getValue()));
      }
    }
    PlannerBenchmarkConfig config =
        new PlannerBenchmarkConfig()
            .withName("Cohort plans")
            .withBenchmarkDirectory(new File("target/benchmarks/planning/optaplanner"))
            .withWarmUpSecondsSpentLimit(Math.min(30L, seconds))
            .withParallelBenchmarkCount("1")
            .withSolverBenchmarkConfigList(solvers);
    File report =
        PlannerBenchmarkFactory.create(config)
            .buildPlannerBenchmark(problems.toArray(new CohortPlan[0]))
            .benchmark();
    System.out.println("Benchmark report: " + report.getAbsolutePath());
  }
}
