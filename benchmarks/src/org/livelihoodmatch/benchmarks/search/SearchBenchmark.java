package org.livelihoodmatch.benchmarks.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.LivelihoodMatchApplication;
import org.livelihoodmatch.benchmarks.search.QuerySet.BenchQuery;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.search.DocumentSource;
import org.livelihoodmatch.search.FullRebuild;
import org.livelihoodmatch.search.IndexStatus;
import org.livelihoodmatch.search.SearchDocument;
import org.livelihoodmatch.search.SearchHit;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchQuery;
import org.livelihoodmatch.search.SearchResult;
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
 * the 210-query set against PostgreSQL full-text search as the baseline, relevance of both on the
 * judged queries, change visibility and one client's matches. Run with {@code ./mvnw -Pbenchmarks
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
    } finally {
      app.close();
    }
  }

  private void run() throws Exception {
    while (index.count(SearchType.SELF_EMPLOYMENT) < catalogue.marketDemand().size()) {
      java.util.concurrent.locks.LockSupport.parkNanos(50_000_000); // the start-up build
    }
    report("machine", "%d cores, load average %.1f at start", Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    NationalDataset dataset = new NationalDataset(catalogue, today);
    long start = System.nanoTime();
    long rows = dataset.writeTo(app.getBean(javax.sql.DataSource.class));
    report("dataset (COPY into PostgreSQL)", "%d rows in %.1f s", rows, seconds(start));

    DocumentSource source = app.getBean(DocumentSource.class);
    TransactionTemplate snapshot = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    snapshot.setReadOnly(true);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    start = System.nanoTime();
    IndexStatus status = app.getBean(FullRebuild.class).run(() -> false);
    long documents = status.counts().values().stream().mapToLong(Long::longValue).sum();
    double fromDatabase = seconds(start);
    report("bulk indexing from PostgreSQL (rebuild)", "%d documents in %.1f s = %.0f documents/s %s",
        documents, fromDatabase, documents / fromDatabase, status.counts());
    List<SearchDocument> all =
        snapshot.execute(tx -> source.readAll(() -> false, SearchBenchmark::toList));
    start = System.nanoTime();
    index.rebuild(all.iterator());
    double inMemory = seconds(start);
    report("bulk indexing of ready documents (rebuild)", "%d documents in %.1f s = %.0f documents/s",
        all.size(), inMemory, all.size() / inMemory);

    PostgresFullText postgres = new PostgresFullText(app.getBean(JdbcTemplate.class));
    start = System.nanoTime();
    postgres.load(all.iterator(), source.occupationTerms());
    report("baseline: PostgreSQL tsvector + GIN build", "%d documents in %.1f s", all.size(), seconds(start));
    all = null;

    List<BenchQuery> queries = QuerySet.of(catalogue, dataset.ngos);
    Latencies lucene = new Latencies();
    Latencies pg = new Latencies();
    for (BenchQuery q : queries) { // warm-up
      index.search(q.query());
      postgres.search(q.query());
    }
    Map<String, Latencies> byCategory = new LinkedHashMap<>();
    Latencies luceneCpu = new Latencies();
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < LUCENE_ROUNDS; round++) {
      for (BenchQuery q : queries) {
        long cpu = threads.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        index.search(q.query());
        long took = System.nanoTime() - t;
        luceneCpu.add(threads.getCurrentThreadCpuTime() - cpu);
        lucene.add(took);
        byCategory.computeIfAbsent(q.category(), c -> new Latencies()).add(took);
      }
    }
    report("queries: Lucene CPU time per search", luceneCpu.summary());
    for (int round = 0; round < (QUICK ? 1 : POSTGRES_ROUNDS); round++) {
      for (BenchQuery q : queries) {
        long t = System.nanoTime();
        postgres.search(q.query());
        pg.add(System.nanoTime() - t);
      }
    }
    report("queries: " + queries.size() + ", Lucene SearchIndex.search", lucene.summary());
    report("queries: baseline PostgreSQL full text", pg.summary());
    StringBuilder categories = new StringBuilder();
    byCategory.forEach(
        (c, l) -> categories.append(String.format("%s %.1f, ", c, l.percentileMs(95))));
    report("Lucene p95 ms by category", categories.toString().replace("%", ""));
    report("latency ratio PostgreSQL / Lucene", "p50 %.1fx, p95 %.1fx, p99 %.1fx",
        pg.percentileMs(50) / lucene.percentileMs(50), pg.percentileMs(95) / lucene.percentileMs(95),
        pg.percentileMs(99) / lucene.percentileMs(99));
    relevance(queries, postgres);
    if (QUICK) {
      return;
    }

    ServiceProbes probes = new ServiceProbes(app, today);
    Latencies[] visibility = probes.visibility(dataset.employers.get(0), 20);
    report("change visible after posting (through VacancyService)", visibility[0].summary() + ", max %.0f ms",
        visibility[0].percentileMs(100));
    report("closed vacancy gone (through VacancyService)", visibility[1].summary() + ", max %.0f ms",
        visibility[1].percentileMs(100));
    List<List<java.util.UUID>> sample = ServiceProbes.sampleClients(220, dataset.ngos);
    probes.matches(sample.get(0).subList(0, 20), sample.get(1).subList(0, 20)); // warm-up
    report("matches for one client (ClientMatches, index candidates)",
        probes.matches(sample.get(0).subList(20, 220), sample.get(1).subList(20, 220)).summary());
    report("matches for one client (generator, table-scan candidates)",
        probes.matchesByTableScan(sample.get(0).subList(20, 60), sample.get(1).subList(20, 60)).summary());
  }

  private void relevance(List<BenchQuery> queries, PostgresFullText postgres) {
    Map<String, Relevance[]> byCategory = new LinkedHashMap<>();
    Relevance luceneAll = new Relevance();
    Relevance pgAll = new Relevance();
    for (BenchQuery q : queries) {
      if (q.occupation() == null) {
        continue;
      }
      SearchQuery query = q.query();
      long relevant =
          index.search(new SearchQuery("", query.types(), query.province(), q.occupation(),
                  query.lat(), query.lon(), query.radiusKm(), query.organisationId(), 0, 1))
              .total();
      SearchResult found = index.search(query);
      List<String> luceneRanked = found.items().stream().map(SearchHit::occupation).toList();
      List<String> pgRanked = postgres.search(query).occupations();
      Relevance[] pair = byCategory.computeIfAbsent(q.category(), c -> new Relevance[] {new Relevance(), new Relevance()});
      for (Relevance r : new Relevance[] {pair[0], luceneAll}) {
        r.add(luceneRanked, q.occupation(), relevant);
      }
      for (Relevance r : new Relevance[] {pair[1], pgAll}) {
        r.add(pgRanked, q.occupation(), relevant);
      }
    }
    report("relevance on " + luceneAll.queries() + " judged queries: Lucene",
        "recall@10 %.3f, nDCG@10 %.3f", luceneAll.recall(), luceneAll.ndcg());
    report("relevance on " + pgAll.queries() + " judged queries: PostgreSQL",
        "recall@10 %.3f, nDCG@10 %.3f", pgAll.recall(), pgAll.ndcg());
    byCategory.forEach(
        (category, pair) ->
            report("  " + category + " (" + pair[0].queries() + ")",
                "Lucene recall@10 %.2f nDCG@10 %.2f | PostgreSQL recall@10 %.2f nDCG@10 %.2f",
                pair[0].recall(), pair[0].ndcg(), pair[1].recall(), pair[1].ndcg()));
  }

  private static List<SearchDocument> toList(java.util.Iterator<SearchDocument> documents) {
    List<SearchDocument> list = new ArrayList<>();
    documents.forEachRemaining(list::add);
    return list;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void report(String what, String format, Object... args) {
    System.out.printf("| %s | %s |%n", what, String.format(format, args));
  }
}
