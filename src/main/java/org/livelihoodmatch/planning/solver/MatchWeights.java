package org.livelihoodmatch.planning.solver;

import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * The match weight of each soft constraint and of the loan fund, in one place so that the
 * constraints, their tests and the explanation count the same way. Multiplied by the plan's {@link
 * org.livelihoodmatch.planning.domain.CohortWeights}.
 */
public final class MatchWeights {

  /** A week of training counts one point, and so does each this many cents of its cost. */
  public static final long TRAINING_CENTS_PER_POINT = 25_00;

  private MatchWeights() {}

  /**
   * Preference points: {@code MAX_PREFERENCE_RANK + 1 - rank} for a preferred occupation (5 for a
   * first choice, 1 for a fifth), 0 for an occupation the client did not ask for.
   */
  public static int preferencePoints(PathwayOption option) {
    return option.isPreferred()
        ? PathwayOption.MAX_PREFERENCE_RANK + 1 - option.preferenceRank()
        : 0;
  }

  /**
   * Surplus points: the integer square root of the whole US dollars of monthly surplus, so each
   * extra dollar counts less than the one before and one client's rich placement cannot outweigh
   * another client's poverty (US$25 gives 5, US$100 gives 10, US$400 only 20).
   */
  public static int surplusPoints(PathwayOption option) {
    return (int) Math.sqrt((double) (option.surplusCents() / 100));
  }

  /**
   * Training points: one per week of training (weeks without earnings) plus one per US$25 it costs
   * (money the programme cannot spend on someone else).
   */
  public static int trainingPoints(PathwayOption option) {
    return option.trainingWeeks() + (int) (option.trainingCostCents() / TRAINING_CENTS_PER_POINT);
  }

  /**
   * Retention points: one per 5% of how likely a placement like the pathway holds six months (20
   * for a certainty, 10 for the field studies' one in two, 0 when not estimated).
   */
  public static int retentionPoints(PathwayOption option) {
    return option.retentionPercent() / 5;
  }

  /** Whole US dollars by which loans overspend a fund, rounded up (0 when they fit). */
  public static long overspentDollars(long lentCents, long fundCents) {
    long over = lentCents - fundCents;
    return over <= 0 ? 0 : (over + 99) / 100;
  }

  /**
   * Pairs among {@code n} clients placed with one employer: none for one client, 1 for two, 3 for
   * three.
   */
  public static int pairs(int n) {
    return n * (n - 1) / 2;
  }
}
