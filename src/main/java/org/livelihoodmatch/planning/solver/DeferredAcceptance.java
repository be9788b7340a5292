package org.livelihoodmatch.planning.solver;

import java.util.Comparator;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;

/**
 * The stable baseline: client-proposing deferred acceptance with the service's priorities. Every
 * capacity ranks clients by the same priority weight (minors, heads of household, the longest
 * waiting), ties broken by registration, and with one common ranking deferred acceptance ends
 * exactly where serving clients one by one in that order ends (each taking her most wanted pathway
 * that still fits): no client ever proposes to a place held by someone ranked above her, and no one
 * she outranks is ever displaced by a later proposal. So this is computed that way, in one pass.
 * The result has no blocking pair: whatever a client wants more was full, at her turn, of clients
 * of at least her priority.
 */
public final class DeferredAcceptance {

  private DeferredAcceptance() {}

  /** The deferred-acceptance plan: a new plan; the given one is not changed, nor scored. */
  public static CohortPlan plan(CohortPlan problem) {
    return GreedyBaseline.servedInOrder(
        problem, Comparator.comparingInt(ClientAssignment::getPriorityWeight).reversed());
  }
}
