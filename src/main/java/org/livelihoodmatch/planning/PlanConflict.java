package org.livelihoodmatch.planning;

/**
 * A request that does not fit the plan's state, such as re-solving a plan that is solving or
 * stopping one that is not: answered {@code 409} with what to do instead.
 */
public class PlanConflict extends RuntimeException {

  public PlanConflict(String message) {
    super(message);
  }
}
