package org.livelihoodmatch.benchmarks.planning;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Parts;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.planning.CohortAssembly;

/**
 * The pathway generator's cost per client in CPU time of the measuring thread, which other
 * processes on a loaded machine do not inflate as they do wall time (JMH's {@code
 * PathwayGenerationBenchmark} measures wall time). Each round generates every client of the
 * instance once, {@code limit} 10; rounds of the instances given alternate, after a warm-up, and
 * the median round per client is reported with the fastest and slowest.
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:java \
 *   -Dexec.mainClass=org.livelihoodmatch.benchmarks.planning.GeneratorCpuCost \
 *   -Dexec.args="M L 15 household work"
 * </pre>
 *
 * Arguments: sizes, the number of measured rounds, then instances ({@code household}: with the
 * households' debts and land and the school and literacy intakes; {@code work}: without).
 */
public final class GeneratorCpuCost {

  private GeneratorCpuCost() {}

  record Workload(String name, List<ClientProfile> clients, List<PathwayGenerator.Candidates> candidates) {}

  public static void main(String[] args) {
    List<Size> sizes = Arrays.stream(args).filter(a -> a.matches("[SMLX]+")).map(Size::valueOf).toList();
    int rounds = Arrays.stream(args).filter(a -> a.matches("\\d+")).mapToInt(Integer::parseInt).findFirst().orElse(15);
    List<String> instances = Arrays.stream(args).filter(a -> a.matches("[a-z]+")).toList();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    PathwayGenerator generator = new PathwayGenerator(CohortInstances.CATALOGUE);
    for (Size size : sizes) {
      List<Workload> loads = instances.stream().map(i -> workload(size, i)).toList();
      for (Workload w : loads) {
        for (int r = 0; r < 5; r++) {
          round(generator, w);
        }
      }
      double[][] perClient = new double[loads.size()][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < loads.size(); k++) {
          Workload w = loads.get(k);
          long before = threads.getCurrentThreadCpuTime();
          int pathways = round(generator, w);
          long spent = threads.getCurrentThreadCpuTime() - before;
          perClient[k][r] = spent / 1000.0 / w.clients().size();
          if (pathways < 0) {
            throw new AssertionError();
          }
        }
      }
      for (int k = 0; k < loads.size(); k++) {
        double[] sorted = perClient[k].clone();
        Arrays.sort(sorted);
        System.out.printf(
            Locale.ROOT,
            "%s %s: median %.1f us CPU per client (min %.1f, max %.1f) over %d rounds of %d clients%n",
            size,
            loads.get(k).name(),
            sorted[sorted.length / 2],
            sorted[0],
            sorted[sorted.length - 1],
            rounds,
            loads.get(k).clients().size());
      }
    }
  }

  private static int round(PathwayGenerator generator, Workload w) {
    int count = 0;
    for (int i = 0; i < w.clients().size(); i++) {
      count += generator.generate(w.clients().get(i), w.candidates().get(i), CohortInstances.TODAY, 10).size();
    }
    return count;
  }

  private static Workload workload(Size size, String instance) {
    Parts parts = CohortInstances.parts(size, "household".equals(instance));
    Map<String, List<JobOffer>> jobs =
        parts.jobs().stream().collect(Collectors.groupingBy(JobOffer::occupation));
    Map<String, List<TrainingOffer>> intakes =
        parts.intakes().stream().collect(Collectors.groupingBy(CohortAssembly::occupationKey));
    List<ClientProfile> clients = parts.members().stream().map(CohortMember::profile).toList();
    return new Workload(
        instance,
        clients,
        clients.stream().map(c -> CohortAssembly.candidatesFor(c, jobs, intakes)).toList());
  }
}
