package org.livelihoodmatch.planning.store;

/** Where a cohort plan stands (API.md "Cohort plans"). */
public enum PlanStatus {
  /** Queued or being solved; the best solution so far is stored as it improves. */
  SOLVING,
  /** Solved until its time limit. */
  DONE,
  /** Stopped by a planner before its time limit; its best solution is kept. */
  STOPPED,
  /** The solver failed; the last best solution stored is kept. */
  FAILED,
  /**
   * The service stopped while the plan was solving; its best solution is kept; re-solve to resume.
   */
  INTERRUPTED
}
