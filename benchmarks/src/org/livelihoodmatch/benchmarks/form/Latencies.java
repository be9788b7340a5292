package org.livelihoodmatch.benchmarks.form;

import java.util.Arrays;

/** Latencies of one kind of request, in nanoseconds, with percentiles. Not thread-safe. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  void add(long elapsedNanos) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  void addAll(Latencies other) {
    for (int i = 0; i < other.count; i++) {
      add(other.nanos[i]);
    }
  }

  int count() {
    return count;
  }

  /** The latency below which {@code percent} of the requests finished, in milliseconds. */
  double percentileMillis(double percent) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * count) - 1;
    return sorted[Math.max(0, Math.min(index, count - 1))] / 1_000_000.0;
  }
}
