package org.livelihoodmatch.benchmarks.search;

import static org.livelihoodmatch.benchmarks.search.SearchBenchmark.report;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.benchmarks.search.QuerySet.BenchQuery;
import org.livelihoodmatch.search.SearchHit;
import org.livelihoodmatch.search.SearchIndex;
import org.livelihoodmatch.search.SearchQuery;

/**
 * The query set against the Lucene index ({@link SearchIndex#search}) and against PostgreSQL full
 * text search: latency percentiles of both (and Lucene's CPU time per search, which load from other
 * processes does not inflate), their ratio, and relevance of both on the judged queries.
 */
final class QueryComparison {

  private final SearchIndex index;
  private final PostgresFullText postgres;
  private final List<BenchQuery> queries;

  QueryComparison(SearchIndex index, PostgresFullText postgres, List<BenchQuery> queries) {
    this.index = index;
    this.postgres = postgres;
    this.queries = queries;
  }

  void latencies(int luceneRounds, int postgresRounds) {
    for (BenchQuery q : queries) { // warm-up
      index.search(q.query());
      postgres.search(q.query());
    }
    Latencies lucene = new Latencies();
    Latencies luceneCpu = new Latencies();
    Latencies pg = new Latencies();
    Map<String, Latencies> byCategory = new LinkedHashMap<>();
    var threads = ManagementFactory.getThreadMXBean();
    // interleaved, query by query, so that both meet the same load from other processes
    for (int round = 0; round < luceneRounds; round++) {
      for (BenchQuery q : queries) {
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        index.search(q.query());
        long took = System.nanoTime() - start;
        luceneCpu.add(threads.getCurrentThreadCpuTime() - cpu);
        lucene.add(took);
        byCategory.computeIfAbsent(q.category(), c -> new Latencies()).add(took);
        if (round < postgresRounds) {
          start = System.nanoTime();
          postgres.search(q.query());
          pg.add(System.nanoTime() - start);
        }
      }
    }
    report("queries: " + queries.size() + ", Lucene SearchIndex.search", lucene.summary());
    report("queries: Lucene CPU time per search", luceneCpu.summary());
    report("queries: baseline PostgreSQL full text", pg.summary());
    report(
        "latency ratio PostgreSQL / Lucene",
        "p50 %.1fx, p95 %.1fx, p99 %.1fx",
        pg.percentileMs(50) / lucene.percentileMs(50),
        pg.percentileMs(95) / lucene.percentileMs(95),
        pg.percentileMs(99) / lucene.percentileMs(99));
    StringBuilder categories = new StringBuilder();
    byCategory.forEach((c, l) -> categories.append(c).append(' ').append(round(l)).append(", "));
    report("Lucene p95 by category (ms)", categories.toString());
  }

  void relevance() {
    Map<String, Relevance[]> byCategory = new LinkedHashMap<>();
    Relevance lucene = new Relevance();
    Relevance pg = new Relevance();
    StringBuilder misses = new StringBuilder();
    for (BenchQuery q : queries) {
      if (q.occupation() == null) {
        continue;
      }
      SearchQuery query = q.query();
      long relevant =
          index
              .search(
                  new SearchQuery(
                      "",
                      query.types(),
                      query.province(),
                      q.occupation(),
                      query.lat(),
                      query.lon(),
                      query.radiusKm(),
                      query.organisationId(),
                      0,
                      1))
              .total();
      List<String> luceneRanked =
          index.search(query).items().stream().map(SearchHit::occupation).toList();
      List<String> pgRanked = postgres.search(query).occupations();
      Relevance[] pair =
          byCategory.computeIfAbsent(
              q.category(), c -> new Relevance[] {new Relevance(), new Relevance()});
      pair[0].add(luceneRanked, q.occupation(), relevant);
      if (lucene.add(luceneRanked, q.occupation(), relevant) < 1) {
        misses.append(String.format("\"%s\" (%s): %s; ", q.text(), q.occupation(), luceneRanked));
      }
      pair[1].add(pgRanked, q.occupation(), relevant);
      pg.add(pgRanked, q.occupation(), relevant);
    }
    report(
        "relevance on " + lucene.queries() + " judged queries: Lucene",
        "recall@10 %.3f, nDCG@10 %.3f",
        lucene.recall(),
        lucene.ndcg());
    report(
        "relevance on " + pg.queries() + " judged queries: PostgreSQL",
        "recall@10 %.3f, nDCG@10 %.3f",
        pg.recall(),
        pg.ndcg());
    report("judged queries Lucene misses, with its first ten hits' occupations", misses.toString());
    byCategory.forEach(
        (category, pair) ->
            report(
                "  " + category + " (" + pair[0].queries() + ")",
                "Lucene recall@10 %.2f nDCG@10 %.2f | PostgreSQL recall@10 %.2f nDCG@10 %.2f",
                pair[0].recall(),
                pair[0].ndcg(),
                pair[1].recall(),
                pair[1].ndcg()));
  }

  private static String round(Latencies latencies) {
    return String.format("%.1f", latencies.percentileMs(95));
  }
}
