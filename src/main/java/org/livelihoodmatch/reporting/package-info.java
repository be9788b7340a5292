/**
 * Reports of outcomes (API.md "Reports", README "Reports"): what became of placements by province,
 * sex, age band, occupation, kind of pathway or organisation, as JSON, CSV, XLSX and the {@code
 * /reports} page with its charts. Officers and planners read their own organisation's figures; a
 * {@code REPORTER} of a government office reads every organisation's, with small counts suppressed
 * ({@link org.livelihoodmatch.reporting.Suppression}). The figures are aggregated in SQL by the
 * outcome module ({@link org.livelihoodmatch.outcome.OutcomeFigures}); no client record is read.
 */
package org.livelihoodmatch.reporting;
