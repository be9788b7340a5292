package org.livelihoodmatch.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * A seeded source of the random choices the synthetic population is made of: coins, ranges,
 * weighted picks and dates. The same seed always gives the same sequence, on any JVM.
 */
final class Draw {

  private final SplittableRandom random;

  Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** An independent stream for one part of the population, so parts do not shift each other. */
  static Draw of(long seed, String part) {
    return new Draw(seed * 1_000_003L + part.hashCode());
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  double uniform(double min, double max) {
    return min + random.nextDouble() * (max - min);
  }

  /** Whole dollars from {@code min} to {@code max}, both included. */
  BigDecimal dollars(int min, int max) {
    return BigDecimal.valueOf(between(min, max)).setScale(2);
  }

  LocalDate daysAfter(LocalDate day, int min, int max) {
    return day.plusDays(between(min, max));
  }

  <T> T oneOf(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** A key of the map, with probability proportional to its weight. */
  <T> T weighted(Map<T, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int roll = random.nextInt(total);
    for (Map.Entry<T, Integer> e : weights.entrySet()) {
      roll -= e.getValue();
      if (roll < 0) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("weights must be positive");
  }

  /** Up to {@code count} distinct items of the weighted map, in the order drawn. */
  <T> List<T> distinct(Map<T, Integer> weights, int count, Predicate<T> allowed) {
    Map<T, Integer> left = new LinkedHashMap<>();
    weights.forEach(
        (k, w) -> {
          if (allowed.test(k)) {
            left.put(k, w);
          }
        });
    List<T> chosen = new ArrayList<>();
    while (chosen.size() < count && !left.isEmpty()) {
      T item = weighted(left);
      chosen.add(item);
      left.remove(item);
    }
    return chosen;
  }
}
