/**
 * Cohort planning: assigns each client of a cohort one of her own feasible pathways (or none) so
 * that the cohort as a whole respects the scarce intake seats, vacancy positions, microcredit funds
 * and market room, leaves as few high-priority clients without a pathway as possible, and otherwise
 * favours preferred occupations, budget surplus, staying near home and short, cheap training.
 *
 * <p>Two layers. {@link org.livelihoodmatch.planning.domain} and {@link
 * org.livelihoodmatch.planning.solver} are a self-contained library that depends on OptaPlanner
 * only: the planning solution, constraints with justifications, the solver factory, the greedy
 * baseline and the explanation. This package is the service around it: {@link
 * org.livelihoodmatch.planning.CohortAssembly} maps clients, intakes, vacancies and the catalogue
 * into planning facts through the one pathway generator; {@link
 * org.livelihoodmatch.planning.CohortPlanning} starts, follows, stops, pins and re-solves plans on
 * the application's {@code SolverManager}; {@link org.livelihoodmatch.planning.store} keeps plans,
 * their inputs, best solutions, progress and leases in PostgreSQL; {@link
 * org.livelihoodmatch.planning.web} holds the API and the planners' pages on top. Arrows run from
 * web to this package to store, never back.
 */
package org.livelihoodmatch.planning;
