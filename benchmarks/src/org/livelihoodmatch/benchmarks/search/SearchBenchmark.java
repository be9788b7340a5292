package org.livelihoodmatch.benchmarks.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.livelihoodmatch.LivelihoodMatchApplication;
import org.livelihoodmatch.benchmarks.search.QuerySet.BenchQuery;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.search.DocumentSource;
import org.livelihoodmatch.search.FullRebuild;
import org.livelihoodmatch.search.IndexStatus;
import org.livelihoodmatch.search.SearchDocument;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchType;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 3's search benchmark on a national-scale dataset, in one run of the real service (embedded
 * PostgreSQL, the Lucene index under a temporary data directory): bulk indexing, query latency of
 * the 230-query set against PostgreSQL full-text search as the baseline, relevance of both on the
 * judged queries, the same queries over loopback HTTP, change visibility and one client's matches. Run with {@code ./mvnw -Pbenchmarks
 * test-compile exec:java -Dexec.mainClass=org.livelihoodmatch.benchmarks.search.SearchBenchmark}.
 */
public final class SearchBenchmark {

  static final int LUCENE_ROUNDS = 10;
  static final int POSTGRES_ROUNDS = 3;
  static final boolean QUICK = Boolean.getBoolean("benchmark.quick");

  private final ConfigurableApplicationContext app;
  private final SearchIndex index;
  private final Catalogue catalogue;
  private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Phnom_Penh"));

  private SearchBenchmark(ConfigurableApplicationContext app) {
    this.app = app;
    this.index = app.getBean(SearchIndex.class);
    this.catalogue = app.getBean(Catalogue.class);
  }

  public static void main(String[] args) throws Exception {
    Path dataDir = Files.createTempDirectory("search-benchmark");
    ConfigurableApplicationContext app =
        new SpringApplication(LivelihoodMatchApplication.class)
            .run(
                "--livelihood.data-dir=" + dataDir,
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.org.livelihoodmatch.search=INFO");
    try {
      new SearchBenchmark(app).run();
      report(
          "machine",
          "load average %.1f at the end",
          java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      app.close();
    }
  }

  private void run() throws Exception {
    while (index.count(SearchType.SELF_EMPLOYMENT) < catalogue.marketDemand().size()) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000); // the start-up build
    }
    report(
        "machine",
        "%d cores, load average %.1f at start",
        Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    NationalDataset dataset = new NationalDataset(catalogue, today);
    long start = System.nanoTime();
    long rows = dataset.writeTo(app.getBean(javax.sql.DataSource.class));
    report("dataset (COPY into PostgreSQL)", "%d rows in %.1f s", rows, seconds(start));

    DocumentSource source = app.getBean(DocumentSource.class);
    TransactionTemplate snapshot =
        new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    start = System.nanoTime();
    IndexStatus status = app.getBean(FullRebuild.class).run(() -> false);
    long documents = status.counts().values().stream().mapToLong(Long::longValue).sum();
    double fromDatabase = seconds(start);
    report(
        "bulk indexing from PostgreSQL (rebuild)",
        "%d documents in %.1f s = %.0f documents/s %s",
        documents,
        fromDatabase,
        documents / fromDatabase,
        status.counts());
    start = System.nanoTime();
    List<SearchDocument> all =
        snapshot.execute(tx -> source.readAll(() -> false, SearchBenchmark::toList));
    double reading = seconds(start);
    report(
        "reading the documents from PostgreSQL alone (no indexing)",
        "%d documents in %.1f s = %.0f documents/s",
        all.size(),
        reading,
        all.size() / reading);
    start = System.nanoTime();
    index.rebuild(all.iterator());
    double inMemory = seconds(start);
    report(
        "bulk indexing of ready documents (rebuild)",
        "%d documents in %.1f s = %.0f documents/s",
        all.size(),
        inMemory,
        all.size() / inMemory);

    if (!Boolean.getBoolean("benchmark.skipQueries")) {
      compareQueries(all, source, dataset);
    }
    all = null;
    if (QUICK) {
      return;
    }

    ServiceProbes probes = new ServiceProbes(app, today);
    Latencies[] visibility = probes.visibility(dataset.employers.get(0), 20);
    report(
        "change visible after posting (through VacancyService)",
        visibility[0].summary() + ", max %.0f ms",
        visibility[0].percentileMs(100));
    report(
        "closed vacancy gone (through VacancyService)",
        visibility[1].summary() + ", max %.0f ms",
        visibility[1].percentileMs(100));
    List<List<java.util.UUID>> sample = ServiceProbes.sampleClients(220, dataset.ngos);
    probes.matches(sample.get(0).subList(0, 20), sample.get(1).subList(0, 20)); // warm-up
    Latencies[] matches =
        probes.matches(sample.get(0).subList(20, 220), sample.get(1).subList(20, 220));
    report("matches for one client (ClientMatches, index candidates)", matches[0].summary());
    report("matches for one client: CPU time", matches[1].summary());
    report(
        "matches for one client (generator, table-scan candidates)",
        probes
            .matchesByTableScan(sample.get(0).subList(20, 35), sample.get(1).subList(20, 35))
            .summary());
  }

  private void compareQueries(
      List<SearchDocument> all, DocumentSource source, NationalDataset dataset) throws Exception {
    PostgresFullText postgres = new PostgresFullText(app.getBean(JdbcTemplate.class));
    long start = System.nanoTime();
    postgres.load(all.iterator(), source.occupationTerms());
    report(
        "baseline: PostgreSQL tsvector + GIN build",
        "%d documents in %.1f s",
        all.size(),
        seconds(start));

    List<BenchQuery> queries = QuerySet.of(catalogue, dataset.ngos);
    QueryComparison comparison = new QueryComparison(index, postgres, queries);
    comparison.latencies(LUCENE_ROUNDS, QUICK ? 1 : POSTGRES_ROUNDS);
    comparison.relevance();

    Latencies[] loopback =
        new LoopbackSearch(app, dataset.ngos.get(0)).measure(queries, QUICK ? 1 : 3);
    report("queries over loopback HTTP: GET /api/v1/search", loopback[0].summary());
    report("baseline over loopback HTTP: GET /actuator/health", loopback[1].summary());
  }

  private static List<SearchDocument> toList(java.util.Iterator<SearchDocument> documents) {
    List<SearchDocument> list = new ArrayList<>();
    documents.forEachRemaining(list::add);
    return list;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  static void report(String what, String format, Object... args) {
    System.out.printf("| %s | %s |%n", what, String.format(format, args));
  }
}
