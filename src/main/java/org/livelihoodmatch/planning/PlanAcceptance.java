package org.livelihoodmatch.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.placement.Placing;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.ConflictException;
import org.livelihoodmatch.system.FieldProblem;
import org.livelihoodmatch.system.InvalidInputException;
import org.livelihoodmatch.system.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Accepts a finished plan: places every assigned client on her pathway, each in a transaction of
 * its own through the same {@link Placing} an officer's request uses. What is gone meanwhile is
 * refused with its reason and the rest are placed; a client this plan has placed already is
 * skipped, so accepting twice (or again after a crash halfway) places nobody twice.
 */
@Service
public class PlanAcceptance {

  private static final int WORKERS = 8;

  private final CohortPlanning planning;
  private final PlanAssignments assignments;
  private final Placing placing;
  private final AuditTrail audit;

  PlanAcceptance(
      CohortPlanning planning, PlanAssignments assignments, Placing placing, AuditTrail audit) {
    this.planning = planning;
    this.assignments = assignments;
    this.placing = placing;
    this.audit = audit;
  }

  /** One client the plan could not place, and why. */
  public record Refused(UUID clientId, String clientCode, String field, String reason) {}

  public record Accepted(int placed, int alreadyPlaced, List<Refused> refused) {}

  public Accepted accept(UUID planId) {
    StoredPlan plan = planning.get(planId);
    if (plan.status() == PlanStatus.SOLVING) {
      throw new PlanConflict(
          "acceptSolving", "The plan is still solving: stop it or wait until it is done.");
    }
    if (plan.status() == PlanStatus.FAILED) {
      throw new PlanConflict("acceptFailed", "The plan failed: it has no solution to accept.");
    }
    int placed = 0;
    int already = 0;
    List<Refused> refused = new ArrayList<>();
    for (StoredAssignment assignment : assignments.all(planId)) {
      Optional<PlannedOption> option = assignment.pathway();
      if (option.isEmpty()) {
        continue;
      }
      UUID clientId = assignment.client().clientId();
      String code = assignment.client().code();
      try {
        if (placing.placeFromPlan(planId, clientId, option.get().view())
            == Placing.Outcome.PLACED) {
          placed++;
        } else {
          already++;
        }
      } catch (ConflictException e) {
        refused.add(new Refused(clientId, code, e.field(), e.getMessage()));
      } catch (InvalidInputException e) {
        FieldProblem first = e.problems().get(0);
        refused.add(new Refused(clientId, code, first.field(), first.message()));
      } catch (NotFoundException e) {
        refused.add(new Refused(clientId, code, "client", "is no longer a client of yours"));
      }
    }
    audit.record(
        "ACCEPT",
        "PLAN",
        planId,
        placed + " placed, " + already + " already, " + refused.size() + " refused");
    return new Accepted(placed, already, refused);
  }
}
