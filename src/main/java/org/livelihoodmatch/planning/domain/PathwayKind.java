package org.livelihoodmatch.planning.domain;

/**
 * What a pathway leads to. An enum rather than the application's free text so that a mistyped kind
 * fails when the plan is built, not silently inside a constraint.
 */
public enum PathwayKind {
  /** A vacancy straight away. */
  JOB,
  /** A training intake, then a vacancy that starts after the training ends. */
  TRAINING_THEN_JOB,
  /** A new business (possibly with a microcredit loan) without training. */
  SELF_EMPLOYMENT,
  /** A training intake, then a new business. */
  TRAINING_THEN_SELF_EMPLOYMENT,
  /** A livelihood of the household's own (pigs, chickens, a stall...), with its loan if any. */
  FAMILY_LIVELIHOOD,
  /** School or literacy classes (an intake seat), often with a family livelihood meanwhile. */
  EDUCATION
}
