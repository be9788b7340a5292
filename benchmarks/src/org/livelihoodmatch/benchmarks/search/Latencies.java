package org.livelihoodmatch.benchmarks.search;

import java.util.Arrays;

/** Measured durations in nanoseconds, summarised by nearest-rank percentiles in milliseconds. */
final class Latencies {

  private long[] values = new long[1024];
  private int size;

  void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  int count() {
    return size;
  }

  double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  double meanMs() {
    return Arrays.stream(values, 0, size).average().orElse(Double.NaN) / 1e6;
  }

  String summary() {
    return String.format(
        "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (n=%d)",
        percentileMs(50), percentileMs(95), percentileMs(99), size);
  }
}
