package org.livelihoodmatch.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * Today's manual practice as a pure function, the baseline the solver is benchmarked against: first
 * come, first served. Clients are taken in order of registration (the plan's list order); each
 * takes her most wanted pathway (best preference rank, then highest surplus) that still has
 * capacity left, or none. Pinned clients keep their pathway and take their capacity first.
 */
public final class GreedyBaseline {

  private GreedyBaseline() {}

  /**
   * The baseline plan: a new plan with the same facts and weights and copied assignments; the given
   * plan is not changed. Its score is not computed (score it with a {@code SolutionManager}).
   */
  public static CohortPlan plan(CohortPlan problem) {
    return servedInOrder(problem, Comparator.comparingInt(a -> 0));
  }

  /**
   * Serves the clients one by one in the given order (the plan's own order among equals): each
   * takes her most wanted pathway that still fits, or none. Pinned clients keep theirs, first.
   */
  static CohortPlan servedInOrder(CohortPlan problem, Comparator<ClientAssignment> order) {
    List<ClientAssignment> assignments =
        problem.getAssignments().stream().map(ClientAssignment::copy).toList();
    List<ClientAssignment> queue = new ArrayList<>(assignments);
    queue.sort(order);
    CapacityLedger ledger = CapacityLedger.empty(problem);
    for (ClientAssignment client : assignments) {
      if (client.isPinned() && client.getPathway() != null) {
        ledger.take(client, client.getPathway());
      }
    }
    for (ClientAssignment client : queue) {
      if (client.isPinned()) {
        continue;
      }
      client.setPathway(null);
      List<PathwayOption> wishes = new ArrayList<>(client.getOptions());
      wishes.sort(PathwayOption.MOST_WANTED_FIRST);
      for (PathwayOption option : wishes) {
        if (ledger.fits(client, option)) {
          client.setPathway(option);
          ledger.take(client, option);
          break;
        }
      }
    }
    return problem.withAssignments(assignments);
  }
}
