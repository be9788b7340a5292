package org.livelihoodmatch.planning.solver;

import java.util.Arrays;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.livelihoodmatch.planning.domain.Holding;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects the priority weights of the clients who hold one capacity, as how many hold each weight,
 * so that the capacity's fullness at any priority is read off in constant time.
 */
final class HolderPriorities
    implements UniConstraintCollector<Holding, int[], HolderPriorities.Counts> {

  /** Weights above this count as this (they do not occur: the highest is 9). */
  static final int MAX_PRIORITY = 16;

  @Override
  public Supplier<int[]> supplier() {
    return () -> new int[MAX_PRIORITY + 1];
  }

  @Override
  public BiFunction<int[], Holding, Runnable> accumulator() {
    return (counts, holder) -> {
      int p = Math.min(holder.priority(), MAX_PRIORITY);
      counts[p]++;
      return () -> counts[p]--;
    };
  }

  @Override
  public Function<int[], Counts> finisher() {
    return counts -> new Counts(counts.clone());
  }

  /** How many holders have each priority weight (index = weight). */
  record Counts(int[] byPriority) {

    /**
     * The highest priority {@code p} at which at least {@code places} holders have weight {@code p}
     * or more (0 when fewer hold it): a client of weight up to {@code p} finds it full.
     */
    int fullUpTo(int places) {
      int atLeast = 0;
      for (int p = MAX_PRIORITY; p >= 1; p--) {
        atLeast += byPriority[p];
        if (atLeast >= places) {
          return p;
        }
      }
      return places <= 0 ? MAX_PRIORITY : 0;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Counts c && Arrays.equals(byPriority, c.byPriority);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(byPriority);
    }

    @Override
    public String toString() {
      return Arrays.toString(byPriority);
    }
  }
}
