package org.livelihoodmatch.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Component;

/**
 * Explains stored plans: the score by constraint and, per client, why her pathway and why not the
 * ones she wanted more. An explanation is kept per stored solution (the plan's revision), so that
 * paging through a large plan's assignments explains it once.
 */
@Component
class PlanExplanations {

  private static final int CACHED_PLANS = 8;

  private record Cached(long revision, PlanExplanation explanation) {}

  private final Plans plans;
  private final PlanAssignments assignments;
  private final SolutionManager<CohortPlan, HardMediumSoftLongScore> solutionManager;
  private final Map<UUID, Cached> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Cached> eldest) {
          return size() > CACHED_PLANS;
        }
      };

  PlanExplanations(
      Plans plans,
      PlanAssignments assignments,
      SolutionManager<CohortPlan, HardMediumSoftLongScore> solutionManager) {
    this.plans = plans;
    this.assignments = assignments;
    this.solutionManager = solutionManager;
  }

  /** The explanation of the plan's stored best solution. */
  PlanExplanation explain(StoredPlan plan) {
    synchronized (cache) {
      Cached cached = cache.get(plan.id());
      if (cached != null && cached.revision() == plan.revision()) {
        return cached.explanation();
      }
    }
    PlanExplanation explanation = PlanExplanation.of(stored(plan.id()), solutionManager);
    synchronized (cache) {
      cache.put(plan.id(), new Cached(plan.revision(), explanation));
    }
    return explanation;
  }

  /**
   * The sentences about one client: why she has her pathway (or none), why not each one she wanted
   * more, then the score's lines about her.
   */
  static List<String> justifications(PlanExplanation explanation, UUID clientId) {
    return explanation
        .client(clientId)
        .map(
            line -> {
              List<String> sentences = new ArrayList<>();
              sentences.add(line.why());
              sentences.addAll(line.whyNot());
              sentences.addAll(line.justifications());
              return List.copyOf(sentences);
            })
        .orElse(List.of());
  }

  /** Scores the stored solution again after a planner changed it, and stores the headline. */
  void rescore(UUID planId) {
    CohortPlan plan = stored(planId);
    solutionManager.update(plan);
    plans.updateHeadline(
        planId,
        String.valueOf(plan.getScore()),
        CohortPlans.feasible(plan),
        CohortPlans.assigned(plan));
  }

  private CohortPlan stored(UUID planId) {
    return CohortPlans.of(assignments.all(planId), plans.inputs(planId));
  }
}
