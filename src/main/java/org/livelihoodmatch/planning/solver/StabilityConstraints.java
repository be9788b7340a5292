package org.livelihoodmatch.planning.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.livelihoodmatch.planning.domain.CapacityLevel;
import org.livelihoodmatch.planning.domain.CapacityLimit;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortWeights;
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

  // ...unless one of its places is full of clients whose priority is at least hers.
  static Constraint wishHeldByPriority(ConstraintFactory factory) {
    return factory
        .forEachIncludingNullVars(ClientAssignment.class)
        .flattenLast(ClientAssignment::wishes)
        .flattenLast(Wish::capacities)
        .join(fullCapacities(factory), equal(Wish.WishedCapacity::level, FullCapacity::level))
        .filter((wished, full) -> full.overCapacity() || !wished.holdsItAlready())
        .groupBy((wished, full) -> wished.wish())
        .rewardConfigurable()
        .justifyWith(
            (wish, score) ->
                new WishHeldByPriority(
                    wish.client().getClientId(),
                    wish.option().id(),
                    wish.client().getPriorityWeight()))
        .asConstraint(CohortWeights.WISH_HELD_BY_PRIORITY);
  }

  /**
   * Each capacity and priority at which the capacity is full: at least as many of its holders have
   * that priority or more as it has places.
   */
  private static UniConstraintStream<FullCapacity> fullCapacities(ConstraintFactory factory) {
    return factory
        .forEach(ClientAssignment.class)
        .flattenLast(ClientAssignment::holdings)
        .groupBy(level -> level, count())
        .join(CapacityLimit.class, equal((level, holders) -> level.key(), CapacityLimit::key))
        .filter((level, holders, limit) -> holders >= limit.capacity())
        .groupBy((level, holders, limit) -> new FullCapacity(level, holders > limit.capacity()));
  }

  /**
   * A capacity full at a priority, and whether beyond its places (then even a client who holds it
   * herself finds it full). Only a change of these two facts travels on to the wishes, not every
   * change of the count.
   */
  record FullCapacity(CapacityLevel level, boolean overCapacity) {}
}
