package org.livelihoodmatch.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.store.ExpectedArrival;
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
    // With expected arrivals, a client present weighs as much as PRESENT_OVER_EXPECTED expected
    // arrivals of her priority: a place is held for the future only for a greater need.
    int present = inputs.expectedArrivals().isEmpty() ? 1 : ClientAssignment.PRESENT_OVER_EXPECTED;
    for (PlannedClient client : clients) {
      ClientAssignment assignment =
          new ClientAssignment(
              client.clientId(),
              client.householdId(),
              client.priorityWeight() * present,
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
    for (ExpectedArrival arrival : inputs.expectedArrivals()) {
      ClientAssignment expected =
          ClientAssignment.expectedArrival(
              arrival.id(), null, arrival.priorityWeight(), arrival.options());
      String pathwayId = pathways.get(arrival.id());
      arrival.options().stream()
          .filter(o -> o.id().equals(pathwayId))
          .findFirst()
          .ifPresent(expected::setPathway);
      assignments.add(expected);
    }
    return new CohortPlan(
        assignments,
        inputs.intakeSeats(),
        inputs.vacancyPositions(),
        inputs.loanFunds(),
        inputs.marketRooms(),
        PlanWeights.of(inputs.weights(), assignments.size()));
  }

  /**
   * The problem of a stored plan: its clients with their stored pathways and pins, and its expected
   * arrivals with the places they hold ({@code expectedPathways}).
   */
  public static CohortPlan of(
      List<StoredAssignment> assignments, PlanInputs inputs, Map<UUID, String> expectedPathways) {
    Set<UUID> pinned = new java.util.HashSet<>();
    for (StoredAssignment a : assignments) {
      if (a.pinned()) {
        pinned.add(a.client().clientId());
      }
    }
    Map<UUID, String> pathways = storedPathways(assignments);
    pathways.putAll(expectedPathways);
    return of(
        assignments.stream().map(StoredAssignment::client).toList(), inputs, pathways, pinned);
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
      if (a.getPathway() != null && !a.isExpected()) {
        pathways.put(a.getClientId(), a.getPathway().id());
      }
    }
    return pathways;
  }

  /** The pathway id held by each expected arrival of a solution (absent: none). */
  public static Map<UUID, String> expectedPathways(CohortPlan solution) {
    Map<UUID, String> pathways = new java.util.HashMap<>();
    for (ClientAssignment a : solution.getAssignments()) {
      if (a.getPathway() != null && a.isExpected()) {
        pathways.put(a.getClientId(), a.getPathway().id());
      }
    }
    return pathways;
  }

  /** How many clients of a solution have a pathway (expected arrivals are no clients). */
  public static int assigned(CohortPlan solution) {
    return (int)
        solution.getAssignments().stream()
            .filter(a -> a.getPathway() != null && !a.isExpected())
            .count();
  }

  /** How many expected arrivals a solution holds places for (the capacity it reserves). */
  public static int heldForExpected(CohortPlan solution) {
    return (int)
        solution.getAssignments().stream()
            .filter(a -> a.getPathway() != null && a.isExpected())
            .count();
  }

  /**
   * What a solution does for its clients, in the planner's words ({@link PlanFigures}): clients
   * only (expected arrivals are none), with their own priority weights (not as scaled against
   * expected arrivals).
   */
  public static org.livelihoodmatch.planning.store.PlanFigures figures(CohortPlan solution) {
    boolean looksAhead = solution.getAssignments().stream().anyMatch(ClientAssignment::isExpected);
    int scale = looksAhead ? ClientAssignment.PRESENT_OVER_EXPECTED : 1;
    int total = 0;
    int given = 0;
    int wishes = 0;
    long surplus = 0;
    for (ClientAssignment a : solution.getAssignments()) {
      if (a.isExpected()) {
        continue;
      }
      int weight = a.getPriorityWeight() / scale;
      total += weight;
      if (a.getPathway() != null) {
        given += weight;
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
