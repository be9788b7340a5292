/**
 * Outcomes: what became of each placement (placed, visited, ended), kept from what the placement
 * module records through {@link org.livelihoodmatch.outcome.OutcomeRecorder}; from it, the expected
 * retention of every pathway and the incomes small businesses really earn ({@link
 * org.livelihoodmatch.outcome.OutcomeKnowledge}), and the aggregates reports are made of ({@link
 * org.livelihoodmatch.outcome.OutcomeFigures}). It holds no name or case code, only ids.
 */
package org.livelihoodmatch.outcome;
