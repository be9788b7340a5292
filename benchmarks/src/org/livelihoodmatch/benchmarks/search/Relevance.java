package org.livelihoodmatch.benchmarks.search;

import java.util.List;

/**
 * Relevance of one ranked list with binary judgements: recall@10 as the share of the relevant
 * documents a first page of ten could hold that it does hold ({@code hits / min(10, R)}, R the
 * number of relevant documents), and nDCG@10.
 */
final class Relevance {

  static final int K = 10;

  private double recallSum;
  private double ndcgSum;
  private int queries;

  /** Adds one judged query: the occupations of its ranked hits and R; returns its recall@10. */
  double add(List<String> rankedOccupations, String relevant, long relevantCount) {
    if (relevantCount == 0) {
      return Double.NaN;
    }
    int hits = 0;
    double dcg = 0;
    for (int i = 0; i < Math.min(K, rankedOccupations.size()); i++) {
      if (relevant.equals(rankedOccupations.get(i))) {
        hits++;
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(K, relevantCount); i++) {
      ideal += 1 / log2(i + 2);
    }
    double recall = hits / (double) Math.min(K, relevantCount);
    recallSum += recall;
    ndcgSum += dcg / ideal;
    queries++;
    return recall;
  }

  int queries() {
    return queries;
  }

  double recall() {
    return queries == 0 ? Double.NaN : recallSum / queries;
  }

  double ndcg() {
    return queries == 0 ? Double.NaN : ndcgSum / queries;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
