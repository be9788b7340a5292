package org.livelihoodmatch.benchmarks.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.livelihoodmatch.planning.solver.CohortSolverSettings;

/**
 * The long run that stands in for the unknown optimum of L: the service's solver for a long time
 * (the issue asks for 10 minutes: {@code -Dexec.args="L 600"}). Writes the best score and when it
 * was found to {@code target/benchmarks/planning/L-longrun.txt}, which {@link CohortBenchmark} then
 * compares its 60-second run against.
 */
public final class LongRun {

  private LongRun() {}

  public static void main(String[] args) throws IOException {
    CohortInstances.Size size = CohortInstances.Size.valueOf(args.length > 0 ? args[0] : "L");
    long seconds = args.length > 1 ? Long.parseLong(args[1]) : 600;
    CohortInstances.Instance instance = CohortInstances.generate(size);
    SolverRun.Result run =
        SolverRun.solve(
            CohortSolverFactory.solverConfig(CohortSolverSettings.ofSeconds(seconds)),
            instance.problem());
    List<String> lines = new ArrayList<>();
    SolverRun.Point last = run.bestOverTime().get(run.bestOverTime().size() - 1);
    lines.add(
        String.format(
            Locale.ROOT,
            "%s (found at %.1f s of a %d s run, %s)",
            run.best().getScore(),
            last.millis() / 1000.0,
            seconds,
            java.time.LocalDate.now()));
    for (long t : new long[] {10, 30, 60, 120, 300, 600, 1200}) {
      if (t <= seconds) {
        lines.add("best within " + t + " s: " + run.bestWithin(t * 1000));
      }
    }
    Files.createDirectories(CohortBenchmark.OUT);
    Files.write(CohortBenchmark.OUT.resolve(size + "-longrun.txt"), lines);
    lines.forEach(System.out::println);
  }
}
