/**
 * Cohort planning: assigns each client of a cohort one of her own feasible pathways (or none) so
 * that the cohort as a whole respects the scarce intake seats, vacancy positions, microcredit funds
 * and market room, leaves as few high-priority clients without a pathway as possible, and otherwise
 * favours preferred occupations, budget surplus, staying near home and short, cheap training.
 *
 * <p>This package is a self-contained library: it depends on OptaPlanner only, never on other
 * application packages. The application maps its clients, pathways and capacities into {@link
 * org.livelihoodmatch.planning.domain} facts, solves with {@link
 * org.livelihoodmatch.planning.solver.CohortSolverFactory}, and explains the result with {@link
 * org.livelihoodmatch.planning.solver.PlanExplanation}.
 */
package org.livelihoodmatch.planning;
