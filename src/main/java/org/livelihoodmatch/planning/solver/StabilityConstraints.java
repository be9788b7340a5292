package org.livelihoodmatch.planning.solver;

import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.livelihoodmatch.planning.domain.CapacityKey;
import org.livelihoodmatch.planning.domain.CapacityLimit;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.Holding;
import org.livelihoodmatch.planning.domain.Wish;
import org.livelihoodmatch.planning.solver.justification.WishHeldByPriority;
import org.livelihoodmatch.planning.solver.justification.WishPassedOver;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * Stability: a plan should leave no blocking pair, a client and a pathway she wants more than hers
 * whose every place is free or held by someone of lower priority. Counted as two constraints of one
 * weight that cancel where the plan is fair: every wish passed over costs, and every wish the plan
 * could not grant without displacing someone of at least her priority earns the cost back. What is
 * left is one weight per blocking pair. Loan funds are left to the capacity rules (a wish refused
 * only by a fund is rare and counted as blocking by {@link BlockingPairs}, not here).
 */
final class StabilityConstraints {

  private StabilityConstraints() {}

  // Every pathway a client wants more than hers (every option, if she has none) costs.
  static Constraint wishPassedOver(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(ClientAssignment.class)
        .flattenLast(ClientAssignment::wishes)
        .penalizeConfigurable()
        .justifyWith(
            (wish, score) ->
                new WishPassedOver(
                    wish.client().getClientId(),
                    wish.option().id(),
                    wish.client().getPathway() == null ? null : wish.client().getPathway().id()))
        .asConstraint(CohortWeights.WISH_PASSED_OVER);
  }

  // ...unless one of its places is full of clients whose priority is at least hers. Wishes are
  // counted by their places and priority; a pathway with two places is refused when either is full:
  // refused = [first full] + [second full] - [both full], three counts that need no "not exists".
  static Constraint wishHeldByPriority(ConstraintFactory factory) {
    return heldAt(factory, true, CohortWeights.WISH_HELD_BY_PRIORITY);
  }

  static Constraint wishHeldBySecondPlace(ConstraintFactory factory) {
    return heldAt(factory, false, CohortWeights.WISH_HELD_BY_SECOND_PLACE);
  }

  static Constraint wishHeldByBothPlaces(ConstraintFactory factory) {
    return wishCounts(factory)
        .filter((places, n) -> places.second() != null)
        .join(fullness(factory), equal((places, n) -> places.first(), Fullness::key))
        .filter((places, n, full) -> full.refuses(places.priority(), places.holdsFirst()))
        .join(fullness(factory), equal((places, n, f) -> places.second(), Fullness::key))
        .filter((places, n, f, full) -> full.refuses(places.priority(), places.holdsSecond()))
        .penalizeConfigurable((places, n, f, full) -> n)
        .justifyWith(
            (places, n, f, full, score) ->
                new WishHeldByPriority(places.first(), places.second(), places.priority(), n))
        .asConstraint(CohortWeights.WISH_HELD_BY_BOTH_PLACES);
  }

  private static Constraint heldAt(ConstraintFactory factory, boolean first, String name) {
    return wishCounts(factory)
        .filter((places, n) -> first ? places.first() != null : places.second() != null)
        .join(
            fullness(factory),
            equal((places, n) -> first ? places.first() : places.second(), Fullness::key))
        .filter(
            (places, n, full) ->
                full.refuses(places.priority(), first ? places.holdsFirst() : places.holdsSecond()))
        .rewardConfigurable((places, n, full) -> n)
        .justifyWith(
            (places, n, full, score) ->
                new WishHeldByPriority(
                    first ? places.first() : places.second(), null, places.priority(), n))
        .asConstraint(name);
  }

  /** How many wishes there are of each kind of places (see {@link Wish#places()}). */
  private static org.optaplanner.core.api.score.stream.bi.BiConstraintStream<Wish.Places, Integer>
      wishCounts(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(ClientAssignment.class)
        .flattenLast(ClientAssignment::wishes)
        .filter(wish -> wish.placeCount() > 0)
        .groupBy(Wish::places, org.optaplanner.core.api.score.stream.ConstraintCollectors.count());
  }

  /**
   * For each capacity someone holds, up to which priority it is full: for clients who do not hold
   * it, and for one who holds it herself. Grouped a second time by that value, so that only a
   * change of fullness (rare) travels on to the wishes, not every change of holders.
   */
  private static UniConstraintStream<Fullness> fullness(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .flattenLast(ClientAssignment::holdings)
        .groupBy(Holding::key, new HolderPriorities())
        .join(CapacityLimit.class, equal((key, counts) -> key, CapacityLimit::key))
        .groupBy(
            (key, counts, limit) ->
                new Fullness(
                    key, counts.fullUpTo(limit.capacity()), counts.fullUpTo(limit.capacity() + 1)));
  }

  /**
   * A capacity is full for a client of priority up to {@code fullUpTo} who does not hold it, and up
   * to {@code fullUpToWithoutOne} for one who does (she leaves a place when she moves).
   */
  record Fullness(CapacityKey key, int fullUpTo, int fullUpToWithoutOne) {

    /** Whether it is full for a client of this priority, who holds it herself or not. */
    boolean refuses(int priority, boolean holdsIt) {
      return (holdsIt ? fullUpToWithoutOne : fullUpTo) >= priority;
    }
  }
}
