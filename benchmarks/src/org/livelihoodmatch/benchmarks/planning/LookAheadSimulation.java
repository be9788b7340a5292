package org.livelihoodmatch.benchmarks.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Instance;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.livelihoodmatch.planning.solver.GreedyBaseline;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Issue 14's look-ahead simulation: one year of a cohort instance's clients arriving month by month,
 * vacancies opening for a few months and intakes enrolling before their start, planned once a month
 * by four policies, each against the same year:
 *
 * <ul>
 *   <li>greedy: first come, first served, each month;
 *   <li>myopic: the service's solver on the clients present, each month;
 *   <li>look-ahead: the same solver, with the next {@code horizon} months' arrivals drawn from the
 *       arrivals seen so far ({@link ArrivalForecast}) holding places at a discounted weight;
 *   <li>hindsight: CP-SAT over the whole year, knowing every arrival and opening ({@link
 *       HindsightOptimum}): the most any policy could place.
 * </ul>
 *
 * A client waits at most {@value Year#WAIT_MONTHS} months (then she is referred elsewhere). Stability
 * weights are off in this simulation (blockingPair 0): the measure is priority-weighted clients
 * placed, the level the hindsight optimum maximises.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.LookAheadSimulation -Dexec.args="M 3"
 * </pre>
 *
 * Arguments: the instance size (S, M, L), the seconds per monthly solve, optionally seeds.
 */
public final class LookAheadSimulation {

  private LookAheadSimulation() {}

  /** What one policy placed over the year. */
  record Outcome(String policy, long weight, int placed, double seconds) {}

  public static void main(String[] args) {
    Size size = Size.valueOf(args.length > 0 ? args[0] : "M");
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3;
    long[] seeds = new long[Math.max(1, args.length - 2)];
    seeds[0] = 1;
    for (int i = 2; i < args.length; i++) {
      seeds[i - 2] = Long.parseLong(args[i]);
    }
    for (long seed : seeds) {
      simulate(size, seconds, seed).forEach(System.out::println);
    }
  }

  static List<String> simulate(Size size, long seconds, long seed) {
    Instance instance = CohortInstances.generate(size);
    Year year = Year.of(instance.problem(), new Random(seed));
    System.out.println(
        size + " seed " + seed + ": " + year.clients().size() + " clients over 12 months");
    long start = System.nanoTime();
    HindsightOptimum.Result hindsight = HindsightOptimum.solve(year, 300);
    Outcome best =
        new Outcome(
            hindsight.optimal() ? "hindsight (CP-SAT, proven)" : "hindsight (CP-SAT, best found)",
            hindsight.weight(),
            hindsight.placed(),
            (System.nanoTime() - start) / 1e9);
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(best);
    outcomes.add(run(year, "greedy (first come, first served)", GreedyBaseline::plan, 0, 1));
    Function<CohortPlan, CohortPlan> solver = solver(seconds);
    outcomes.add(run(year, "myopic solver " + seconds + " s a month", solver, 0, 1));
    outcomes.add(run(year, "myopic CP-SAT (each month's optimum)", LookAheadSimulation::exact, 0, 1));
    for (int horizon : new int[] {1, 3}) {
      for (int expectedShare : new int[] {2, 4}) {
        outcomes.add(
            run(
                year,
                "look-ahead " + horizon + " months, expected at 1/" + expectedShare,
                solver,
                horizon,
                expectedShare));
      }
    }
    List<String> rows = new ArrayList<>();
    rows.add("| policy | placed | priority-weighted | of hindsight | time |");
    rows.add("|---|---:|---:|---:|---:|");
    for (Outcome o : outcomes) {
      rows.add(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f%% | %.0f s |",
              o.policy(),
              o.placed(),
              o.weight(),
              100.0 * o.weight() / best.weight(),
              o.seconds()));
    }
    return rows;
  }

  /** A month's plan at its exact optimum (CP-SAT), to tell the solver's loss from the myopia's. */
  static CohortPlan exact(CohortPlan problem) {
    ExactOptimum.Result best = ExactOptimum.solve(problem, 20, null);
    CohortPlan plan =
        problem.withAssignments(
            problem.getAssignments().stream().map(ClientAssignment::copy).toList());
    for (ClientAssignment a : plan.getAssignments()) {
      String id = best.pathways().get(a.getClientId());
      a.getOptions().stream().filter(o -> o.id().equals(id)).findFirst().ifPresent(a::setPathway);
    }
    return plan;
  }

  static Function<CohortPlan, CohortPlan> solver(long seconds) {
    SolverFactory<CohortPlan> factory =
        CohortSolverFactory.solverFactory(
            CohortSolverSettings.ofSeconds(seconds)
                .withUnimprovedTimeLimit(Duration.ofMillis(Math.max(500, seconds * 300))));
    return problem -> factory.buildSolver().solve(problem);
  }

  /**
   * Plans every month with {@code policy}, gives the clients present what it plans for them, and
   * carries the rest over.
   *
   * @param horizon months of expected arrivals to add (0: none)
   * @param expectedShare a present client weighs this many expected arrivals of her priority
   */
  static Outcome run(
      Year year,
      String name,
      Function<CohortPlan, CohortPlan> policy,
      int horizon,
      int expectedShare) {
    long start = System.nanoTime();
    Year.Remaining left = year.remaining();
    ArrivalForecast forecast = new ArrivalForecast(year, new Random(7));
    Map<UUID, Boolean> placed = new LinkedHashMap<>();
    long weight = 0;
    for (int month = 0; month < Year.MONTHS; month++) {
      List<ClientAssignment> present = new ArrayList<>();
      for (ClientAssignment client : year.presentIn(month)) {
        if (placed.containsKey(client.getClientId())) {
          continue;
        }
        List<PathwayOption> options = left.usable(year, client, month);
        // as in the service, waiting adds to her weight (one point per four weeks)
        int waited = month - year.arrival().get(client.getClientId());
        present.add(
            new ClientAssignment(
                client.getClientId(),
                client.getHouseholdId(),
                (client.getPriorityWeight() + waited) * expectedShare,
                options));
      }
      List<ClientAssignment> all = new ArrayList<>(present);
      for (int ahead = 1; ahead <= horizon && month + ahead < Year.MONTHS; ahead++) {
        all.addAll(forecast.arrivals(month, month + ahead, left));
      }
      CohortPlan plan = policy.apply(left.problem(all, new CohortWeights().with(CohortWeights.BLOCKING_PAIR, HardMediumSoftLongScore.ZERO)));
      Map<UUID, ClientAssignment> byId = new HashMap<>();
      plan.getAssignments().forEach(a -> byId.put(a.getClientId(), a));
      for (ClientAssignment client : present) {
        PathwayOption pathway = byId.get(client.getClientId()).getPathway();
        if (pathway != null) {
          left.take(client, pathway);
          placed.put(client.getClientId(), true);
          weight += year.weight(client.getClientId());
        }
      }
    }
    return new Outcome(name, weight, placed.size(), (System.nanoTime() - start) / 1e9);
  }
}
