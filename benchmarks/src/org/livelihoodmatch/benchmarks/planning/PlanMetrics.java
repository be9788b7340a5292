package org.livelihoodmatch.benchmarks.planning;

import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.solver.BlockingPairs;
import org.livelihoodmatch.planning.solver.CohortSolverFactory;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;

/**
 * What a plan achieves for the people in it, for the benchmark table.
 *
 * <p>Every option meets the living-cost threshold by construction (the generator drops the others),
 * so clients placed at or above the threshold are the clients placed. Blocking pairs are counted by
 * the service's own {@link BlockingPairs}: a client and one of her options that both would rather
 * have each other than what the plan gave. {@code softWithoutStability} is the soft score less what
 * the stability constraints add, comparable with the exact optimum of the model without them.
 */
record PlanMetrics(
    HardMediumSoftLongScore score,
    int clients,
    int placed,
    long placedWeight,
    int topThree,
    int blockingPairs,
    long softWithoutStability) {

  long hardViolations() {
    return -score.hardScore();
  }

  double topThreeShare() {
    return clients == 0 ? 0 : (double) topThree / clients;
  }

  /** The metrics of a plan; its score is updated on the way. */
  static PlanMetrics of(CohortPlan plan) {
    var explanation = CohortSolverFactory.solutionManager().explain(plan);
    long stability = 0;
    for (ConstraintMatchTotal<HardMediumSoftLongScore> total :
        explanation.getConstraintMatchTotalMap().values()) {
      String name = total.getConstraintName();
      if (name.startsWith("Wish ")) { // the stability constraints
        stability += total.getScore().softScore();
      }
    }
    int placed = 0;
    long placedWeight = 0;
    int topThree = 0;
    for (ClientAssignment a : plan.getAssignments()) {
      PathwayOption p = a.getPathway();
      if (p != null) {
        placed++;
        placedWeight += a.getPriorityWeight();
        if (p.preferenceRank() >= 1 && p.preferenceRank() <= 3) {
          topThree++;
        }
      }
    }
    HardMediumSoftLongScore score = explanation.getScore();
    return new PlanMetrics(
        score,
        plan.getAssignments().size(),
        placed,
        placedWeight,
        topThree,
        BlockingPairs.of(plan).size(),
        score.softScore() - stability);
  }
}
