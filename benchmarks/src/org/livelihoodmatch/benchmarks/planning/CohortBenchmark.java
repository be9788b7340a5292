package org.livelihoodmatch.benchmarks.planning;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Instance;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;
import org.livelihoodmatch.planning.solver.DeferredAcceptance;
import org.livelihoodmatch.planning.solver.GreedyBaseline;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;

/**
 * The cohort-plan benchmark of issue 4: for each size, the greedy baseline (first come, first
 * served), the solver with the service's configuration, and a reference: the exact optimum by
 * CP-SAT for S and M, the best score of a long run ({@link LongRun}) for L. Prints Markdown rows
 * and writes them to {@code target/benchmarks/planning/}.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.CohortBenchmark -Dexec.args="S M L"
 * MAVEN_OPTS=-Xmx2g ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.CohortBenchmark -Dexec.args="XL"
 * </pre>
 *
 * Arguments: sizes, optionally {@code SIZE=seconds} to change a solve's time limit (defaults: S 10,
 * M 30, L 60, XL 120).
 */
public final class CohortBenchmark {

  static final Path OUT = Path.of("target", "benchmarks", "planning");

  private CohortBenchmark() {}

  public static void main(String[] args) throws IOException {
    Files.createDirectories(OUT);
    List<String> rows = new ArrayList<>();
    for (String arg : args) {
      String[] parts = arg.split("=");
      Size size = Size.valueOf(parts[0]);
      long seconds = parts.length > 1 ? Long.parseLong(parts[1]) : defaultSeconds(size);
      rows.addAll(run(size, seconds));
    }
    rows.forEach(System.out::println);
  }

  static long defaultSeconds(Size size) {
    return switch (size) {
      case S -> 10;
      case M -> 30;
      case L -> 60;
      case XL -> 120;
    };
  }

  static List<String> run(Size size, long seconds) throws IOException {
    long start = System.nanoTime();
    Instance instance = CohortInstances.generate(size);
    long generated = (System.nanoTime() - start) / 1_000_000;
    SolutionManager<CohortPlan, HardMediumSoftLongScore> scores =
        CohortSolverFactory.solutionManager();
    int options = instance.clients().stream().mapToInt(c -> c.options().size()).sum();
    long withOptions = instance.clients().stream().filter(c -> !c.options().isEmpty()).count();
    String head =
        String.format(
            Locale.ROOT,
            "%s: %d clients (%d with options), %d options, %d intakes, %d vacancies, %d markets,"
                + " %d loan funds; generated through the pathway generator in %.1f s",
            size,
            instance.clients().size(),
            withOptions,
            options,
            instance.inputs().intakeSeats().size(),
            instance.inputs().vacancyPositions().size(),
            instance.inputs().marketRooms().size(),
            instance.inputs().loanFunds().size(),
            generated / 1000.0);
    System.out.println(head);
    // issue 13: how many options of each kind the generator offered
    java.util.Map<String, Long> kinds =
        instance.clients().stream()
            .flatMap(c -> c.options().stream())
            .collect(
                java.util.stream.Collectors.groupingBy(
                    o -> o.option().kind().name(),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    System.out.println(size + " options by kind: " + kinds);

    CohortPlan greedy = GreedyBaseline.plan(copy(instance.problem()));
    scores.update(greedy);
    PlanMetrics greedyMetrics = PlanMetrics.of(greedy);
    CohortPlan deferred = DeferredAcceptance.plan(copy(instance.problem()));
    PlanMetrics deferredMetrics = PlanMetrics.of(deferred);

    SolverRun.Result solved =
        SolverRun.solve(
            CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds)),
            copy(instance.problem()));
    PlanMetrics solverMetrics = PlanMetrics.of(solved.best());
    java.util.Map<String, Long> placedKinds =
        solved.best().getAssignments().stream()
            .filter(a -> a.getPathway() != null)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    a -> a.getPathway().kind().name(),
                    java.util.TreeMap::new,
                    java.util.stream.Collectors.counting()));
    System.out.println(size + " solver placed by kind: " + placedKinds);
    System.out.println(
        size + " greedy " + greedy.getScore() + ", solver " + solved.best().getScore() + " in "
            + solved.spentMillis() + " ms");
    long heapMb = peakHeapMb();

    String reference = "";
    String referenceNote = "";
    long refMedium = Long.MIN_VALUE;
    long refSoft = 0;
    if (size == Size.S || size == Size.M) {
      ExactOptimum.Result exact;
      try {
        exact = ExactOptimum.solve(instance.problem(), 300, solved.best());
      } catch (RuntimeException e) {
        System.out.println(size + " reference failed: " + e);
        throw e;
      }
      refMedium = exact.medium();
      refSoft = exact.soft();
      reference = percent(solverMetrics, totalWeight(instance.problem()), exact.medium(), exact.soft());
      referenceNote =
          String.format(
              Locale.ROOT,
              "CP-SAT %s 0hard/%dmedium/%dsoft in %.1f s",
              exact.optimal() ? "optimum" : "best (not proven)",
              exact.medium(),
              exact.soft(),
              exact.seconds());
    } else if (size == Size.L) {
      Path longRun = OUT.resolve("L-longrun.txt");
      if (Files.exists(longRun)) {
        String line = Files.readAllLines(longRun).get(0);
        HardMediumSoftLongScore best = HardMediumSoftLongScore.parseScore(line.split(" ")[0]);
        refMedium = best.mediumScore();
        refSoft = best.softScore();
        reference =
            percent(
                solverMetrics, totalWeight(instance.problem()), best.mediumScore(), best.softScore());
        referenceNote = "long run: " + line;
        HardMediumSoftLongScore at10 = solved.bestWithin(10_000);
        referenceNote += "; best within 10 s: " + at10;
      }
    }
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            size,
            "greedy (first come, first served)",
            "-",
            greedyMetrics,
            "-",
            "-",
            percent(greedyMetrics, totalWeight(instance.problem()), refMedium, refSoft),
            ""));
    rows.add(
        row(
            size,
            "deferred acceptance (priority order)",
            "-",
            deferredMetrics,
            "-",
            "-",
            percent(deferredMetrics, totalWeight(instance.problem()), refMedium, refSoft),
            ""));
    rows.add(
        row(
            size,
            "solver " + seconds + " s",
            String.format(Locale.ROOT, "%.1f s", solved.spentMillis() / 1000.0),
            solverMetrics,
            String.format(Locale.ROOT, "%,d/s", solved.scoreCalculationSpeed()),
            solved.firstFeasibleMillis() < 0
                ? "never"
                : String.format(Locale.ROOT, "%.2f s", solved.firstFeasibleMillis() / 1000.0),
            reference,
            referenceNote + (size == Size.XL ? "; peak heap " + heapMb + " MB" : "")));
    double more =
        greedyMetrics.placed() == 0
            ? 0
            : 100.0 * (solverMetrics.placed() - greedyMetrics.placed()) / greedyMetrics.placed();
    rows.add(
        String.format(
            Locale.ROOT,
            "%s: solver places %+.1f%% clients at or above the living-cost threshold vs greedy",
            size,
            more));
    Files.write(
        OUT.resolve("cohort-" + size + ".md"),
        prepend(head + " (" + LocalDate.now() + ")", rows));
    return rows;
  }

  private static List<String> prepend(String head, List<String> rows) {
    List<String> all = new ArrayList<>();
    all.add(head);
    all.addAll(rows);
    return all;
  }

  private static String row(
      Size size,
      String method,
      String time,
      PlanMetrics m,
      String speed,
      String firstFeasible,
      String reference,
      String note) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %s | %d | %d/%d | %.1f%% | %d | %s | %s | %s | %s |",
        size,
        method,
        time,
        m.score(),
        m.hardViolations(),
        m.placed(),
        m.clients(),
        100 * m.topThreeShare(),
        m.blockingPairs(),
        speed,
        firstFeasible,
        reference,
        note);
  }

  /**
   * The plan against a reference, level by level: the priority-weighted clients placed (the medium
   * level, counted from the total weight {@code total}) as a percentage of the reference's, then the
   * soft level as a percentage of the reference's.
   */
  static String percent(PlanMetrics plan, long total, long medium, long soft) {
    if (medium == Long.MIN_VALUE) {
      return "";
    }
    return String.format(
        Locale.ROOT,
        "placed %.2f%%, soft %.2f%%",
        100.0 * (total + plan.score().mediumScore()) / (total + medium),
        100.0 * plan.softWithoutStability() / soft);
  }

  /** The medium score of a plan that places nobody: every client's priority weight. */
  static long totalWeight(CohortPlan plan) {
    return plan.getAssignments().stream().mapToLong(ClientAssignment::getPriorityWeight).sum()
        * plan.getWeights().getUnassignedClient().mediumScore();
  }

  static CohortPlan copy(CohortPlan problem) {
    return problem.withAssignments(
        problem.getAssignments().stream().map(ClientAssignment::copy).toList());
  }

  private static long peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }
}
