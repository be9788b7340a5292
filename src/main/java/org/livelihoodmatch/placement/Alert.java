package org.livelihoodmatch.placement;

/**
 * What a visit raises for the officer: the actual surplus is negative, she left the placement, a
 * concern was noted, or the loan instalment was not paid. An alert puts her at the top of the
 * caseload.
 */
public enum Alert {
  BELOW_THRESHOLD,
  LEFT_PLACEMENT,
  AT_RISK,
  LOAN_ARREARS
}
