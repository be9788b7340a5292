package org.livelihoodmatch.planning.store;

/**
 * What a plan's best solution does for its clients, in the planner's words rather than the solver's
 * score: the priority weights of all its clients and of those given a pathway, how many were given
 * a pathway in an occupation they wished for, and the monthly surpluses of the pathways given,
 * added up. Stored by the same update as the score, so that it always tells the solution the
 * assignments show.
 */
public record PlanFigures(
    int priorityTotal, int priorityAssigned, int wishesMet, long surplusCents) {

  /** The figures of a plan no solution of which is stored yet. */
  public static PlanFigures unsolved(int priorityTotal) {
    return new PlanFigures(priorityTotal, 0, 0, 0);
  }

  /** The mean monthly surplus of the clients given a pathway, in cents (0 when none). */
  public long averageSurplusCents(int assigned) {
    return assigned <= 0 ? 0 : Math.round((double) surplusCents / assigned);
  }
}
