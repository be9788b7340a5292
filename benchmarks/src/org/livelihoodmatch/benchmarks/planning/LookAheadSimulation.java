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
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.LookAheadSimulation -Dexec.args="M 3 10"
 * </pre>
 *
 * Arguments: the instance size (S, M, L), the seconds per monthly solve, the number of simulated
 * years (seeds 1..n of arrivals and openings); prints each year, then the mean over the years.
 */
public final class LookAheadSimulation {

  private LookAheadSimulation() {}

  /** What one policy placed over the year. */
  record Outcome(String policy, long weight, int placed, double seconds) {}

  /** A policy of the simulation: how a month is planned, and how far it looks ahead. */
  record Policy(
      String name, Function<CohortPlan, CohortPlan> plan, int horizon, int share, int draws) {}

  public static void main(String[] args) {
    Size size = Size.valueOf(args.length > 0 ? args[0] : "M");
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 3;
    int seeds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Function<CohortPlan, CohortPlan> solver = solver(seconds);
    List<Policy> policies =
        List.of(
            new Policy("greedy (first come, first served)", GreedyBaseline::plan, 0, 1, 1),
            new Policy("myopic CP-SAT (each month's optimum)", LookAheadSimulation::exact, 0, 1, 1),
            new Policy("myopic solver " + seconds + " s a month", solver, 0, 1, 1),
            new Policy("look-ahead 1 month, expected at 1/2", solver, 1, 2, 1),
            new Policy("look-ahead 3 months, expected at 1/2 (the service)", solver, 3, 2, 1),
            new Policy("look-ahead 3 months, expected at 1/4", solver, 3, 4, 1),
            new Policy("look-ahead 3 months, two draws at 1/4", solver, 3, 4, 2),
            new Policy("look-ahead 6 months, expected at 1/2", solver, 6, 2, 1));
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    Map<String, List<Integer>> placed = new LinkedHashMap<>();
    for (int seed = 1; seed <= seeds; seed++) {
      Instance instance = CohortInstances.generate(size);
      Year year = Year.of(instance.problem(), new Random(seed));
      HindsightOptimum.Result hindsight = HindsightOptimum.solve(year, 300);
      System.out.printf(
          Locale.ROOT,
          "%s seed %d: %d clients over 12 months; hindsight %s %d placed, weight %d%n",
          size,
          seed,
          year.clients().size(),
          hindsight.optimal() ? "(proven)" : "(not proven)",
          hindsight.placed(),
          hindsight.weight());
      shares.computeIfAbsent("hindsight (CP-SAT over the year)", k -> new ArrayList<>()).add(100.0);
      placed.computeIfAbsent("hindsight (CP-SAT over the year)", k -> new ArrayList<>())
          .add(hindsight.placed());
      for (Policy p : policies) {
        Outcome o = run(year, p);
        double share = 100.0 * o.weight() / hindsight.weight();
        System.out.printf(
            Locale.ROOT, "  %s: %d placed, weight %d, %.2f%%%n", p.name(), o.placed(), o.weight(), share);
        shares.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(share);
        placed.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(o.placed());
      }
    }
    System.out.println();
    System.out.println(
        "| " + size + ", " + seeds + " years | placed (mean) | of hindsight, mean | min | max |");
    System.out.println("|---|---:|---:|---:|---:|");
    shares.forEach(
        (name, list) ->
            System.out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.2f%% | %.1f%% | %.1f%% |%n",
                name,
                placed.get(name).stream().mapToInt(i -> i).average().orElse(0),
                list.stream().mapToDouble(d -> d).average().orElse(0),
                list.stream().mapToDouble(d -> d).min().orElse(0),
                list.stream().mapToDouble(d -> d).max().orElse(0)));
  }

  /** A month's plan at its exact optimum (CP-SAT), to tell the solver's loss from the myopia's. */
  static CohortPlan exact(CohortPlan problem) {
    return ExactOptimum.plan(problem, ExactOptimum.solve(problem, 20, null));
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
   * <p>The policy's horizon is the months of expected arrivals it adds (0: none); its share, how
   * many expected arrivals of her priority a present client weighs.
   */
  static Outcome run(Year year, Policy policy) {
    String name = policy.name();
    int horizon = policy.horizon();
    int expectedShare = policy.share();
    long start = System.nanoTime();
    Year.Remaining left = year.remaining();
    ArrivalForecast forecast = new ArrivalForecast(year, new Random(7), policy.draws());
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
      CohortPlan plan = policy.plan().apply(left.problem(all, new CohortWeights().with(CohortWeights.BLOCKING_PAIR, HardMediumSoftLongScore.ZERO)));
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
