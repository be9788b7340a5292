package org.livelihoodmatch.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.store.PlanInputs;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Builds the solver's {@link CohortPlan} from a stored plan: its clients with their options, the
 * capacities and weights of its inputs, and the pathways and pins of its best solution so far (so a
 * re-solve starts from where the last one ended), and reads the pathways back out of a solution.
 */
public final class CohortPlans {

  private CohortPlans() {}

  /**
   * The planning problem of a plan.
   *
   * @param pathways each client's current pathway id; a client without one starts unassigned
   * @param pinned the clients whose current pathway the solver must keep
   */
  public static CohortPlan of(
      List<PlannedClient> clients,
      PlanInputs inputs,
      Map<UUID, String> pathways,
      Set<UUID> pinned) {
    List<ClientAssignment> assignments = new ArrayList<>(clients.size());
    for (PlannedClient client : clients) {
      ClientAssignment assignment =
          new ClientAssignment(
              client.clientId(),
              client.householdId(),
              client.priorityWeight(),
              client.options().stream().map(PlannedOption::option).toList());
      String pathwayId = pathways.get(client.clientId());
      PathwayOption current = client.option(pathwayId).map(PlannedOption::option).orElse(null);
      if (current != null && pinned.contains(client.clientId())) {
        assignment.pin(current);
      } else {
        assignment.setPathway(current);
      }
      assignments.add(assignment);
    }
    return new CohortPlan(
        assignments,
        inputs.intakeSeats(),
        inputs.vacancyPositions(),
        inputs.loanFunds(),
        inputs.marketRooms(),
        PlanWeights.of(inputs.weights(), assignments.size()));
  }

  /** The problem of a stored plan: its clients with their stored pathways and pins. */
  public static CohortPlan of(List<StoredAssignment> assignments, PlanInputs inputs) {
    Set<UUID> pinned = new java.util.HashSet<>();
    for (StoredAssignment a : assignments) {
      if (a.pinned()) {
        pinned.add(a.client().clientId());
      }
    }
    return of(
        assignments.stream().map(StoredAssignment::client).toList(),
        inputs,
        storedPathways(assignments),
        pinned);
  }

  /** Each client's stored pathway id (absent: none). */
  public static Map<UUID, String> storedPathways(List<StoredAssignment> assignments) {
    Map<UUID, String> pathways = new java.util.HashMap<>();
    for (StoredAssignment a : assignments) {
      if (a.pathwayId() != null) {
        pathways.put(a.client().clientId(), a.pathwayId());
      }
    }
    return pathways;
  }

  /** The plan's problem with nothing assigned yet. */
  public static CohortPlan unsolved(List<PlannedClient> clients, PlanInputs inputs) {
    return of(clients, inputs, Map.of(), Set.of());
  }

  /** Each client's pathway id in a solution (absent: none). */
  public static Map<UUID, String> pathways(CohortPlan solution) {
    Map<UUID, String> pathways = new java.util.HashMap<>();
    for (ClientAssignment a : solution.getAssignments()) {
      if (a.getPathway() != null) {
        pathways.put(a.getClientId(), a.getPathway().id());
      }
    }
    return pathways;
  }

  /** How many clients of a solution have a pathway. */
  public static int assigned(CohortPlan solution) {
    return (int) solution.getAssignments().stream().filter(a -> a.getPathway() != null).count();
  }

  /** What a solution does for its clients, in the planner's words ({@link PlanFigures}). */
  public static org.livelihoodmatch.planning.store.PlanFigures figures(CohortPlan solution) {
    int total = 0;
    int given = 0;
    int wishes = 0;
    long surplus = 0;
    for (ClientAssignment a : solution.getAssignments()) {
      total += a.getPriorityWeight();
      if (a.getPathway() != null) {
        given += a.getPriorityWeight();
        wishes += a.getPathway().isPreferred() ? 1 : 0;
        surplus += a.getPathway().surplusCents();
      }
    }
    return new org.livelihoodmatch.planning.store.PlanFigures(total, given, wishes, surplus);
  }

  /** Whether a solution's score is feasible (initialized and no hard rule broken). */
  public static boolean feasible(CohortPlan solution) {
    HardMediumSoftLongScore score = solution.getScore();
    return score != null && score.isFeasible();
  }
}
