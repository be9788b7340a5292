package org.livelihoodmatch.planning.web;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.CohortPlanning;
import org.livelihoodmatch.planning.PlanAcceptance;
import org.livelihoodmatch.planning.PlanConflict;
import org.livelihoodmatch.planning.PlanExplanations;
import org.livelihoodmatch.planning.PlanRequest;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlanStatus;
import org.livelihoodmatch.planning.store.Plans;
import org.livelihoodmatch.planning.store.ProgressPoint;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.PageOf;
import org.livelihoodmatch.system.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cohort plans over the API (API.md "Cohort plans"), for planners of the plan's organisation. */
@RestController
@RequestMapping("/api/v1/plans")
class PlanController {

  private static final int PROGRESS_POINTS = 500;

  private final CohortPlanning planning;
  private final PlanExplanations explanations;
  private final Plans plans;
  private final PlanAssignments assignments;

  private final PlanAcceptance acceptance;
  private final org.livelihoodmatch.organisation.AuditTrail audit;

  PlanController(
      CohortPlanning planning,
      PlanExplanations explanations,
      Plans plans,
      PlanAssignments assignments,
      PlanAcceptance acceptance,
      org.livelihoodmatch.organisation.AuditTrail audit) {
    this.audit = audit;
    this.planning = planning;
    this.explanations = explanations;
    this.plans = plans;
    this.assignments = assignments;
    this.acceptance = acceptance;
  }

  /** The best score over time while (and after) a plan solves. */
  record Progress(
      UUID id,
      PlanStatus status,
      String score,
      boolean feasible,
      int clients,
      int assigned,
      int unassigned,
      boolean queued,
      List<ProgressPoint> points) {}

  /** A plan's assignments: all of them, or one page when {@code page} or {@code size} is given. */
  record Assignments(List<AssignmentView> items, int page, int size, long total) {}

  record SolveRequest(Integer timeLimitSeconds) {}

  /** Places every assigned client of a finished plan (API.md, "Placements"). */
  @PostMapping("/{id}/accept")
  PlanAcceptance.Accepted accept(@PathVariable UUID id) {
    return acceptance.accept(id);
  }

  @PostMapping
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: the plan solves in the background; Location names it",
      useReturnTypeSchema = true)
  ResponseEntity<PlanView> start(@RequestBody(required = false) PlanRequest request) {
    StoredPlan plan = planning.start(request);
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/plans/" + plan.id()))
        .body(view(plan));
  }

  @GetMapping
  PageOf<PlanView> list(
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    PageOf<StoredPlan> found = planning.list(Paging.of(page, size));
    return new PageOf<>(
        found.items().stream().map(this::view).toList(), found.page(), found.size(), found.total());
  }

  @GetMapping("/{id}")
  PlanView get(@PathVariable UUID id) {
    return view(planning.get(id));
  }

  @GetMapping("/{id}/progress")
  Progress progress(@PathVariable UUID id) {
    StoredPlan p = planning.get(id);
    return new Progress(
        p.id(),
        p.status(),
        p.score(),
        p.feasible(),
        p.clients(),
        p.assigned(),
        p.unassigned(),
        planning.isQueued(id),
        plans.progress(id, PROGRESS_POINTS));
  }

  @GetMapping("/{id}/assignments")
  Assignments assignments(
      @PathVariable UUID id,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    StoredPlan plan = planning.get(id);
    PlanExplanation explanation = explanations.explain(plan);
    boolean paged = page != null || size != null;
    Paging paging = Paging.of(page, size);
    List<StoredAssignment> found =
        paged ? assignments.page(id, paging.offset(), paging.size()) : assignments.all(id);
    List<AssignmentView> items =
        found.stream()
            .map(
                a ->
                    AssignmentView.of(
                        a,
                        PlanExplanations.justifications(explanation, a.client().clientId()),
                        false))
            .toList();
    // these clients' codes, pathways and budgets leave the service: one audit row naming them
    audit.recordClients(
        "VIEW",
        "PLAN",
        id,
        "assignments: " + found.size() + " clients",
        found.stream().map(a -> a.client().clientId()).toList());
    return paged
        ? new Assignments(items, paging.page(), paging.size(), plan.clients())
        : new Assignments(items, 0, items.size(), plan.clients());
  }

  @GetMapping("/{id}/assignments/{clientId}")
  AssignmentView assignment(@PathVariable UUID id, @PathVariable UUID clientId) {
    AssignmentView view = withOptions(planning.assignment(id, clientId), id);
    audit.recordClients("VIEW", "PLAN", id, "assignment", List.of(clientId));
    return view;
  }

  @PutMapping("/{id}/assignments/{clientId}/pin")
  AssignmentView pin(
      @PathVariable UUID id,
      @PathVariable UUID clientId,
      @RequestBody(required = false) PinRequest request) {
    PinRequest.Reference reference = PinRequest.referenceOf(request);
    return withOptions(planning.pin(id, clientId, reference.value(), reference.field()), id);
  }

  @DeleteMapping("/{id}/assignments/{clientId}/pin")
  AssignmentView unpin(@PathVariable UUID id, @PathVariable UUID clientId) {
    return withOptions(planning.unpin(id, clientId), id);
  }

  @PostMapping("/{id}/stop")
  PlanView stop(@PathVariable UUID id) {
    return view(planning.stop(id));
  }

  @PostMapping("/{id}/solve")
  @ApiResponse(
      responseCode = "202",
      description = "Accepted: the plan solves again in the background",
      useReturnTypeSchema = true)
  ResponseEntity<PlanView> solve(
      @PathVariable UUID id, @RequestBody(required = false) SolveRequest request) {
    StoredPlan plan = planning.solve(id, request == null ? null : request.timeLimitSeconds());
    return ResponseEntity.accepted().body(view(plan));
  }

  @GetMapping("/{id}/explanation")
  PlanExplanation explanation(@PathVariable UUID id) {
    return explanations.explain(planning.get(id));
  }

  @ExceptionHandler(PlanConflict.class)
  ResponseEntity<ProblemDetail> conflict(PlanConflict e) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    body.setTitle("Plan state conflict");
    return ResponseEntity.status(HttpStatus.CONFLICT).body(body);
  }

  private AssignmentView withOptions(StoredAssignment a, UUID planId) {
    PlanExplanation explanation = explanations.explain(planning.get(planId));
    return AssignmentView.of(
        a, PlanExplanations.justifications(explanation, a.client().clientId()), true);
  }

  private PlanView view(StoredPlan plan) {
    return PlanView.of(plan, plan.status() == PlanStatus.SOLVING && planning.isQueued(plan.id()));
  }
}
