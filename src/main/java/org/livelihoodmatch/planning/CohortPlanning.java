package org.livelihoodmatch.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.catalogue.Catalogue;
import org.livelihoodmatch.organisation.AuditTrail;
import org.livelihoodmatch.organisation.CurrentStaff;
import org.livelihoodmatch.organisation.Staff;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlanLeases;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.PlannedOption;
import org.livelihoodmatch.planning.store.Plans;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.NotFoundException;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.livelihoodmatch.system.Validation;
import org.springframework.stereotype.Service;

/**
 * Cohort plans as a service for planners: start a plan (it is solved in the background), follow it,
 * stop it, pin and unpin a client's pathway, and re-solve around the pins. A planner sees only her
 * own organisation's plans; any other plan is answered as not found.
 */
@Service
public class CohortPlanning {

  private final CohortProblems problems;
  private final Plans plans;
  private final PlanAssignments assignments;
  private final PlanSolver solver;
  private final PlanExplanations explanations;
  private final Catalogue catalogue;
  private final AuditTrail audit;
  private final PlanLeases leases;

  CohortPlanning(
      CohortProblems problems,
      Plans plans,
      PlanAssignments assignments,
      PlanSolver solver,
      PlanExplanations explanations,
      Catalogue catalogue,
      AuditTrail audit,
      PlanLeases leases) {
    this.leases = leases;
    this.problems = problems;
    this.plans = plans;
    this.assignments = assignments;
    this.solver = solver;
    this.explanations = explanations;
    this.catalogue = catalogue;
    this.audit = audit;
  }

  /** Checks, stores and queues a new plan; returns at once with the plan SOLVING. */
  public StoredPlan start(PlanRequest request) {
    PlanRequests.check(request, catalogue);
    Staff staff = CurrentStaff.get();
    CohortProblems.NewCohort cohort = problems.cohort(request);
    StoredPlan plan =
        new StoredPlan(
            UUID.randomUUID(),
            staff.organisationId(),
            request.name().strip(),
            PlanStatus.SOLVING,
            staff.username(),
            Instant.now(),
            null,
            null,
            request.timeLimitOrDefault(),
            0,
            0,
            null,
            false,
            cohort.clients().size(),
            0,
            null,
            null,
            cohort.inputs().horizonMonths(),
            cohort.inputs().expectedArrivals().size(),
            null,
            null);
    plans.insert(plan, cohort.inputs(), cohort.clients());
    audit.record("CREATE", "PLAN", plan.id(), cohort.clients().size() + " clients");
    int run = plans.startRun(plan.id(), plan.timeLimitSeconds(), true);
    CohortPlan problem = CohortPlans.unsolved(cohort.clients(), cohort.inputs());
    solver.solve(new PlanRun(plan.id(), run, seconds(plan.timeLimitSeconds()), Map.of()), problem);
    return get(plan.id());
  }

  /** A plan of the caller's organisation. */
  public StoredPlan get(UUID id) {
    return plans
        .find(id, CurrentStaff.get().organisationId())
        .orElseThrow(() -> new NotFoundException("plan", id));
  }

  public PageOf<StoredPlan> list(Paging paging) {
    UUID organisation = CurrentStaff.get().organisationId();
    return new PageOf<>(
        plans.page(organisation, paging.offset(), paging.size()),
        paging.page(),
        paging.size(),
        plans.count(organisation));
  }

  /** Whether the plan waits in the queue for a free core. */
  public boolean isQueued(UUID id) {
    return solver.isQueued(id);
  }

  /** Stops a solving plan, keeping its best solution. */
  public StoredPlan stop(UUID id) {
    StoredPlan plan = get(id);
    if (plan.status() != PlanStatus.SOLVING) {
      throw new PlanConflict(
          "notSolving", "The plan is not solving (it is " + plan.status() + ").", plan.status());
    }
    if (solver.end(id, PlanStatus.STOPPED).isEmpty()) {
      if (leases.requestStop(id)) {
        awaitNotSolving(id); // another instance solves it: its heartbeat stops it
      } else {
        plans.finish(id, plan.run(), PlanStatus.STOPPED, null);
      }
    }
    audit.record("STOP", "PLAN", id);
    return get(id);
  }

  /**
   * Solves the plan again from its best solution so far, keeping the pinned pathways; resumes an
   * INTERRUPTED plan.
   *
   * @param timeLimitSeconds null for the plan's own time limit
   */
  public StoredPlan solve(UUID id, Integer timeLimitSeconds) {
    StoredPlan plan = get(id);
    Validation.Problems problems = new Validation.Problems();
    PlanRequests.checkTimeLimit(timeLimitSeconds, problems);
    problems.throwIfAny();
    if (plan.status() == PlanStatus.SOLVING) {
      throw new PlanConflict("alreadySolving", "The plan is already solving; stop it first.");
    }
    int limit = timeLimitSeconds == null ? plan.timeLimitSeconds() : timeLimitSeconds;
    int run = plans.startRun(id, limit, false);
    if (run == 0) {
      throw new PlanConflict("alreadySolving", "The plan is already solving; stop it first.");
    }
    List<StoredAssignment> clients = assignments.all(id);
    CohortPlan problem = CohortPlans.of(clients, plans.inputs(id), plans.expectedPathways(id));
    Map<UUID, String> pathways = CohortPlans.storedPathways(clients);
    solver.solve(new PlanRun(id, run, seconds(limit), pathways), problem);
    audit.record("SOLVE", "PLAN", id, "run " + run);
    return get(id);
  }

  /**
   * Pins a client's pathway: the one named by {@code pathwayReference} (a pathway id such as {@code
   * p17}, or its key), or her current one when null.
   */
  public StoredAssignment pin(UUID planId, UUID clientId, String pathwayReference) {
    return pin(planId, clientId, pathwayReference, "pathwayId");
  }

  /**
   * Pins a client's pathway as {@link #pin(UUID, UUID, String)} does; a reference that names none
   * of her pathways is blamed on {@code field}, the field of the request that carried it, so that a
   * planner who sent a whole pathway is not told about a {@code pathwayId} she never sent.
   */
  public StoredAssignment pin(UUID planId, UUID clientId, String pathwayReference, String field) {
    StoredPlan plan = notSolving(planId);
    StoredAssignment assignment = assignment(plan, clientId);
    String reference =
        pathwayReference == null || pathwayReference.isBlank()
            ? assignment.pathwayId()
            : pathwayReference.strip();
    if (reference == null) {
      throw new org.livelihoodmatch.system.InvalidInputException(
          "pathwayId", "the client has no pathway in this plan: name the one to keep");
    }
    PlannedOption option =
        assignment
            .client()
            .option(reference)
            .orElseThrow(
                () ->
                    new org.livelihoodmatch.system.InvalidInputException(
                        field, "'" + reference + "' is not one of this client's pathways"));
    assignments.pin(planId, clientId, option.id());
    explanations.rescore(planId);
    audit.record("PIN", "PLAN", planId, "client " + clientId + " pathway " + option.id());
    return assignment(plan, clientId);
  }

  /** Lets the solver change the client's pathway again at the next solve. */
  public StoredAssignment unpin(UUID planId, UUID clientId) {
    StoredPlan plan = notSolving(planId);
    assignment(plan, clientId);
    assignments.unpin(planId, clientId);
    audit.record("UNPIN", "PLAN", planId, "client " + clientId);
    return assignment(plan, clientId);
  }

  /** One client of a plan of the caller's organisation. */
  public StoredAssignment assignment(UUID planId, UUID clientId) {
    return assignment(get(planId), clientId);
  }

  private StoredAssignment assignment(StoredPlan plan, UUID clientId) {
    return assignments
        .one(plan.id(), clientId)
        .orElseThrow(() -> new NotFoundException("client of plan " + plan.id(), clientId));
  }

  private StoredPlan notSolving(UUID id) {
    StoredPlan plan = get(id);
    if (plan.status() == PlanStatus.SOLVING) {
      throw new PlanConflict(
          "solvingNoPin", "The plan is solving: stop it (or let it finish) before pinning.");
    }
    return plan;
  }

  private void awaitNotSolving(UUID id) {
    long deadline = System.nanoTime() + Duration.ofSeconds(PlanLeases.LAPSE_SECONDS * 2L).toNanos();
    while (System.nanoTime() < deadline
        && plans.find(id).map(p -> p.status() == PlanStatus.SOLVING).orElse(false)) {
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /**
   * Resumes a plan whose instance died while solving it, from its stored best solution, as a new
   * run on this instance (no one asked: {@link PlanHeartbeat} took its lease over).
   */
  void resume(UUID id) {
    StoredPlan plan = plans.find(id).orElse(null);
    if (plan == null) {
      return;
    }
    int run = plans.startRun(id, plan.timeLimitSeconds(), false);
    if (run == 0) {
      return;
    }
    List<StoredAssignment> clients = assignments.all(id);
    CohortPlan problem = CohortPlans.of(clients, plans.inputs(id), plans.expectedPathways(id));
    solver.solve(
        new PlanRun(id, run, seconds(plan.timeLimitSeconds()), CohortPlans.storedPathways(clients)),
        problem);
    audit.record("RESUME", "PLAN", id, "run " + run + " taken over from a stopped instance");
  }

  private static Duration seconds(int seconds) {
    return Duration.ofSeconds(seconds);
  }
}
