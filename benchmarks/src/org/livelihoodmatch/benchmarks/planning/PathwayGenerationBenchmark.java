package org.livelihoodmatch.benchmarks.planning;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Parts;
import org.livelihoodmatch.benchmarks.planning.CohortInstances.Size;
import org.livelihoodmatch.livelihood.ClientProfile;
import org.livelihoodmatch.livelihood.JobOffer;
import org.livelihoodmatch.livelihood.PathwayGenerator;
import org.livelihoodmatch.livelihood.TrainingOffer;
import org.livelihoodmatch.planning.CohortAssembly;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The pathway generator on the clients of a cohort instance, each against every vacancy and intake
 * of her occupations ({@link CohortAssembly#candidatesFor}, as a cohort plan feeds it): the time to generate one client's pathways, on one
 * thread. {@code limit} 10 is what plans and matches ask for; the baseline in the same run asks for
 * every feasible pathway, so it builds and explains all of them. Run with
 *
 * <pre>
 * ./mvnw -Pbenchmarks test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.args="-cp %classpath org.openjdk.jmh.Main PathwayGenerationBenchmark"
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PathwayGenerationBenchmark {

  @Param({"M", "L"})
  public String size;

  @Param({"10", "2147483647"})
  public int limit;

  /**
   * {@code household}: the instance with the households' debts and land and the school and literacy
   * intakes of issue 13, so that family livelihoods and school are generated; {@code work}: the same
   * clients, vacancies and intakes without them, as before issue 13.
   */
  @Param({"household", "work"})
  public String instance;

  private List<ClientProfile> clients;
  private List<PathwayGenerator.Candidates> candidates;
  private PathwayGenerator generator;
  private int next;

  @Setup
  public void setUp() {
    Parts parts = CohortInstances.parts(Size.valueOf(size), "household".equals(instance));
    Map<String, List<JobOffer>> jobs =
        parts.jobs().stream().collect(Collectors.groupingBy(JobOffer::occupation));
    Map<String, List<TrainingOffer>> intakes =
        parts.intakes().stream().collect(Collectors.groupingBy(CohortAssembly::occupationKey));
    clients = parts.members().stream().map(CohortMember::profile).toList();
    candidates =
        clients.stream().map(c -> CohortAssembly.candidatesFor(c, jobs, intakes)).toList();
    generator = new PathwayGenerator(CohortInstances.CATALOGUE);
  }

  /** One client's pathways; the clients are taken in turn. */
  @Benchmark
  public void oneClient(Blackhole blackhole) {
    int i = next++ % clients.size();
    blackhole.consume(
        generator.generate(clients.get(i), candidates.get(i), CohortInstances.TODAY, limit));
  }
}
