package org.livelihoodmatch.benchmarks.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Instance;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.livelihoodmatch.planning.solver.DeferredAcceptance;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The trade-off between placing people and passing nobody over: one instance solved once per weight
 * of a blocking pair (soft weights, and {@code 1m} for one medium point, the price of leaving a
 * client of priority 1 without a pathway), against deferred acceptance in the same run.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.StabilityTradeoff \
 *   -Dexec.args="M 30 0,30,100,300,1000,1m,100fit"
 * </pre>
 *
 * A weight ending in {@code fit} starts the solver from its first-fit construction instead of the
 * deferred-acceptance plan.
 */
public final class StabilityTradeoff {

  private StabilityTradeoff() {}

  public static void main(String[] args) throws IOException {
    Size size = Size.valueOf(args[0]);
    long seconds = Long.parseLong(args[1]);
    String[] weights = args[2].split(",");
    Instance instance = CohortInstances.generate(size);
    long total = CohortBenchmark.totalWeight(instance.problem());
    List<String> rows = new ArrayList<>();
    PlanMetrics stable = PlanMetrics.of(DeferredAcceptance.plan(copy(instance.problem(), null)));
    rows.add(row(size, "deferred acceptance", stable, total));
    for (String spec : weights) {
      // "100" starts from deferred acceptance (the service's first phase), "100fit" without it
      boolean fit = spec.endsWith("fit");
      String w = fit ? spec.substring(0, spec.length() - 3) : spec;
      // "3/10m": a blocking pair costs 3 medium and a point of priority left unplaced 10
      boolean tenths = w.endsWith("/10m");
      if (tenths) {
        w = w.substring(0, w.length() - 4) + "m";
      }
      HardMediumSoftLongScore weight =
          w.endsWith("m")
              ? HardMediumSoftLongScore.ofMedium(Long.parseLong(w.substring(0, w.length() - 1)))
              : HardMediumSoftLongScore.ofSoft(Long.parseLong(w));
      SolverConfig config = CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds));
      if (fit) {
        config.getPhaseConfigList().remove(0);
      }
      CohortPlan problem = copy(instance.problem(), weight);
      if (tenths) {
        problem.getWeights().with(CohortWeights.UNASSIGNED_CLIENT, HardMediumSoftLongScore.ofMedium(10));
      }
      SolverRun.Result solved = SolverRun.solve(config, problem);
      rows.add(
          row(
              size,
              "solver "
                  + seconds
                  + " s"
                  + (fit ? " from first fit" : "")
                  + ", blocking pair "
                  + weight
                  + (tenths ? " (unplaced: 10medium per priority point)" : ""),
              PlanMetrics.of(solved.best()),
              total));
      System.out.println(rows.get(rows.size() - 1));
    }
    rows.forEach(System.out::println);
    Files.createDirectories(CohortBenchmark.OUT);
    rows.add(0, size + " stability trade-off (" + LocalDate.now() + ")");
    Files.write(CohortBenchmark.OUT.resolve("stability-" + size + ".md"), rows);
  }

  private static String row(Size size, String method, PlanMetrics m, long total) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %d/%d | %d | %d | %.1f%% | %d | %d |",
        size,
        method,
        m.placed(),
        m.clients(),
        m.placedWeight(),
        m.blockingPairs(),
        100 * m.topThreeShare(),
        m.softWithoutStability(),
        m.score().softScore());
  }

  /** A copy of the problem with the given weight of a blocking pair (null: the default). */
  private static CohortPlan copy(CohortPlan problem, HardMediumSoftLongScore weight) {
    CohortWeights weights = new CohortWeights();
    if (weight != null) {
      weights.with(CohortWeights.BLOCKING_PAIR, weight);
    }
    return new CohortPlan(
        problem.getAssignments().stream().map(ClientAssignment::copy).toList(),
        problem.getIntakeSeats(),
        problem.getVacancyPositions(),
        problem.getLoanFunds(),
        problem.getMarketRooms(),
        weights);
  }
}
