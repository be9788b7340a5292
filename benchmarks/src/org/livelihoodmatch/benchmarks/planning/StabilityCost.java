package org.livelihoodmatch.benchmarks.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Instance;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * What the stability constraints cost the solver: the same number of score calculations with and
 * without them, timed in the solving thread's CPU time (which the other processes of a loaded
 * machine disturb far less than the wall clock), alternated several times.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.StabilityCost -Dexec.args="M 200000 3"
 * </pre>
 */
public final class StabilityCost {

  private StabilityCost() {}

  public static void main(String[] args) {
    Size size = Size.valueOf(args[0]);
    long calculations = Long.parseLong(args[1]);
    int rounds = Integer.parseInt(args[2]);
    Instance instance = CohortInstances.generate(size);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      for (boolean stable : List.of(false, true)) {
        CohortWeights weights = new CohortWeights();
        if (!stable) {
          weights.with(CohortWeights.BLOCKING_PAIR, HardMediumSoftLongScore.ZERO);
        }
        CohortPlan problem =
            new CohortPlan(
                instance.problem().getAssignments().stream().map(ClientAssignment::copy).toList(),
                instance.problem().getIntakeSeats(),
                instance.problem().getVacancyPositions(),
                instance.problem().getLoanFunds(),
                instance.problem().getMarketRooms(),
                weights);
        SolverConfig config =
            CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(3600))
                .withTerminationConfig(
                    new TerminationConfig().withScoreCalculationCountLimit(calculations));
        Solver<CohortPlan> solver = SolverFactory.<CohortPlan>create(config).buildSolver();
        long cpu = threads.getCurrentThreadCpuTime();
        solver.solve(problem);
        long spent = threads.getCurrentThreadCpuTime() - cpu;
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %,d | %.1f us |%n",
            size,
            stable ? "with stability" : "without",
            calculations,
            spent / 1000.0 / calculations);
      }
    }
  }
}
