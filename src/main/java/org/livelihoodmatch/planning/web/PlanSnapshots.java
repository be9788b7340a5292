package org.livelihoodmatch.planning.web;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.CohortPlanning;
import org.livelihoodmatch.planning.PassedOver;
import org.livelihoodmatch.planning.PlanExplanations;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.Plans;
import org.livelihoodmatch.planning.store.ProgressPoint;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.livelihoodmatch.system.Paging;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what a plan page shows from one snapshot of the database: while a plan solves, its best
 * solution is stored several times a second, and a summary read before a new solution with rows
 * read after it would contradict each other. A repeatable-read transaction sees the plan's row, its
 * assignments and its progress as one stored solution left them.
 */
@Component
class PlanSnapshots {

  /** The points of the chart: enough to draw a run's progress. */
  static final int PROGRESS_POINTS = 300;

  /** One page of a plan as one stored solution has it. */
  record Snapshot(
      StoredPlan plan, List<StoredAssignment> rows, List<ProgressPoint> points, boolean queued) {}

  /** A snapshot with the explanation of the same solution. */
  record Explained(
      Snapshot snapshot,
      PlanExplanation explanation,
      List<PassedOver> passedOver,
      List<StoredAssignment> all) {}

  private final CohortPlanning planning;
  private final PlanAssignments assignments;
  private final Plans plans;
  private final PlanExplanations explanations;

  PlanSnapshots(
      CohortPlanning planning,
      PlanAssignments assignments,
      Plans plans,
      PlanExplanations explanations) {
    this.planning = planning;
    this.assignments = assignments;
    this.plans = plans;
    this.explanations = explanations;
  }

  /** A page of a plan's rows with its summary and progress, without the explanation. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Snapshot live(UUID id, Paging paging) {
    return snapshot(id, paging);
  }

  /** A page of a plan with the explanation of the same stored solution. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public Explained explained(UUID id, Paging paging) {
    Snapshot snapshot = snapshot(id, paging);
    StoredPlan plan = snapshot.plan();
    return new Explained(
        snapshot,
        explanations.explain(plan),
        explanations.passedOver(plan),
        explanations.stored(plan));
  }

  private Snapshot snapshot(UUID id, Paging paging) {
    StoredPlan plan = planning.get(id);
    List<ProgressPoint> points =
        plans.progress(id, PROGRESS_POINTS).stream().filter(p -> p.run() == plan.run()).toList();
    return new Snapshot(
        plan, assignments.page(id, paging.offset(), paging.size()), points, planning.isQueued(id));
  }
}
