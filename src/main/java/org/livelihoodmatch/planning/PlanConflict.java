package org.livelihoodmatch.planning;

/**
 * A request that does not fit the plan's state, such as re-solving a plan that is solving or
 * stopping one that is not: answered {@code 409} with what to do instead.
 */
public class PlanConflict extends RuntimeException {

  private final String code;
  private final Object[] args;

  /**
   * @param code what the pages look up as {@code plans.conflict.<code>} in the reader's language
   * @param message the same in English, for the API
   */
  public PlanConflict(String code, String message, Object... args) {
    super(message);
    this.code = code;
    this.args = args.clone();
  }

  public String code() {
    return code;
  }

  public Object[] args() {
    return args.clone();
  }
}
