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
    System.out.println(HEADER);
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

    CohortPlan problem = instance.problem();
    long total = totalWeight(problem);
    List<Method> methods = new ArrayList<>();
    methods.add(
        new Method(
            "greedy (first come, first served)", "-", PlanMetrics.of(GreedyBaseline.plan(copy(problem))), ""));
    methods.add(
        new Method(
            "deferred acceptance (priority order)",
            "-",
            PlanMetrics.of(DeferredAcceptance.plan(copy(problem))),
            ""));
    SolverRun.Result solved =
        SolverRun.solve(
            CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds)), copy(problem));
    methods.add(
        new Method(
            "solver " + seconds + " s, the service's defaults"
                + (problem.getWeights().getBlockingPair().softScore() > 0
                    ? " (stability weighed)"
                    : " (stability counted, not weighed)"),
            seconds(solved.spentMillis()),
            PlanMetrics.of(solved.best()),
            String.format(Locale.ROOT, "%,d calc/s", solved.scoreCalculationSpeed())));
    SolverRun.Result plain = null;
    if (problem.getWeights().getBlockingPair().softScore() > 0) {
      // the model CP-SAT solves: the same plan without the stability constraints
      CohortPlan withoutStability =
          new CohortPlan(
              problem.getAssignments().stream().map(ClientAssignment::copy).toList(),
              problem.getIntakeSeats(),
              problem.getVacancyPositions(),
              problem.getLoanFunds(),
              problem.getMarketRooms(),
              new org.livelihoodmatch.planning.domain.CohortWeights()
                  .with(
                      org.livelihoodmatch.planning.domain.CohortWeights.BLOCKING_PAIR,
                      HardMediumSoftLongScore.ZERO));
      plain =
          SolverRun.solve(
              CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds)),
              withoutStability);
      methods.add(
          new Method(
              "solver " + seconds + " s, stability not weighed (CP-SAT's model)",
              seconds(plain.spentMillis()),
              PlanMetrics.of(plain.best()),
              String.format(Locale.ROOT, "%,d calc/s", plain.scoreCalculationSpeed())));
    } else {
      plain = solved;
    }
    long heapMb = peakHeapMb();
    ExactOptimum.Result exact;
    if (size == Size.S || size == Size.M) {
      exact = ExactOptimum.solve(problem, 300, plain.best());
    } else {
      // the same time as the solver: three quarters for the placements, a quarter for the rest
      exact = ExactOptimum.solve(problem, seconds * 0.75, seconds * 0.25, null);
    }
    CohortPlan exactPlan = ExactOptimum.plan(problem, exact);
    PlanMetrics exactMetrics = PlanMetrics.of(exactPlan);
    String exactName =
        exact.optimal()
            ? "CP-SAT, proven optimum"
            : exact.mediumOptimal()
                ? "CP-SAT, placements proven, soft not"
                : String.format(Locale.ROOT, "CP-SAT %d s, not proven", seconds);
    methods.add(
        new Method(
            exactName,
            String.format(Locale.ROOT, "%.1f s", exact.seconds()),
            exactMetrics,
            ""));
    String reached = "";
    if (exact.optimal()) {
      reached =
          String.format(
              Locale.ROOT,
              "%s: the solver without stability reached the optimum's placements (%dmedium) at %s"
                  + " and its whole score (%dmedium/%dsoft) at %s",
              size,
              exactMetrics.score().mediumScore(),
              firstAt(plain, exactMetrics.score().mediumScore(), Long.MIN_VALUE),
              exactMetrics.score().mediumScore(),
              exactMetrics.softWithoutStability(),
              firstAt(
                  plain, exactMetrics.score().mediumScore(), exactMetrics.softWithoutStability()));
    }
    long bestWeight =
        methods.stream().mapToLong(m -> m.metrics().placedWeight()).max().orElse(1);
    List<String> rows = new ArrayList<>();
    for (Method m : methods) {
      rows.add(row(size, m, bestWeight, total));
    }
    if (!reached.isEmpty()) {
      rows.add(reached);
    }
    if (size == Size.XL) {
      rows.add("XL peak heap " + heapMb + " MB");
    }
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

  /** One row of the table: a method, its time, what its plan achieves, a note. */
  record Method(String name, String time, PlanMetrics metrics, String note) {}

  /** The table's header (the same columns for every size). */
  static final String HEADER =
      "| size | method | time | placed / clients | placed weight (of the best) | soft without"
          + " stability | blocking pairs | top-3 | hard | note |\n"
          + "|---|---|---|---|---|---|---|---|---|---|";

  private static String row(Size size, Method m, long bestWeight, long total) {
    PlanMetrics p = m.metrics();
    return String.format(
        Locale.ROOT,
        "| %s | %s | %s | %,d/%,d | %,d (%.2f%%) | %,d | %,d | %.1f%% | %d | %s |",
        size,
        m.name(),
        m.time(),
        p.placed(),
        p.clients(),
        p.placedWeight(),
        100.0 * p.placedWeight() / bestWeight,
        p.softWithoutStability(),
        p.blockingPairs(),
        100 * p.topThreeShare(),
        p.hardViolations(),
        m.note());
  }

  /** When a run's best first reached a medium level (and, unless MIN_VALUE, a soft level). */
  static String firstAt(SolverRun.Result run, long medium, long soft) {
    for (SolverRun.Point p : run.bestOverTime()) {
      if (p.score().hardScore() == 0
          && (p.score().mediumScore() > medium
              || (p.score().mediumScore() == medium
                  && (soft == Long.MIN_VALUE || p.score().softScore() >= soft)))) {
        return seconds(p.millis());
      }
    }
    return "not within " + seconds(run.spentMillis());
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
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
