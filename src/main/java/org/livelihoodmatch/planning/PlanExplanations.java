package org.livelihoodmatch.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.solver.BlockingPairs;
import org.livelihoodmatch.planning.solver.PlanExplanation;
import org.livelihoodmatch.planning.store.PlanAssignments;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.Plans;
import org.livelihoodmatch.planning.store.StoredAssignment;
import org.livelihoodmatch.planning.store.StoredPlan;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.springframework.stereotype.Component;

/**
 * Explains stored plans: the score by constraint and, per client, why her pathway and why not the
 * ones she wanted more. An explanation is kept per stored solution (the plan's revision), so that
 * paging through a large plan's assignments explains it once.
 */
@Component
public class PlanExplanations {

  private static final int CACHED_PLANS = 8;

  private record Cached(
      long revision,
      PlanExplanation explanation,
      List<PassedOver> passedOver,
      List<StoredAssignment> stored) {}

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
  public PlanExplanation explain(StoredPlan plan) {
    return cached(plan).explanation();
  }

  /** The clients of the plan's stored best solution that {@link #explain} explains. */
  public List<StoredAssignment> stored(StoredPlan plan) {
    return cached(plan).stored();
  }

  /** The blocking pairs of the plan's stored best solution, with case codes and labels. */
  public List<PassedOver> passedOver(StoredPlan plan) {
    return cached(plan).passedOver();
  }

  private Cached cached(StoredPlan plan) {
    synchronized (cache) {
      Cached cached = cache.get(plan.id());
      if (cached != null && cached.revision() == plan.revision()) {
        return cached;
      }
    }
    List<StoredAssignment> stored = assignments.all(plan.id());
    CohortPlan solution =
        CohortPlans.of(stored, plans.inputs(plan.id()), plans.expectedPathways(plan.id()));
    PlanExplanation explanation = PlanExplanation.of(solution, solutionManager);
    Cached cached =
        new Cached(plan.revision(), explanation, passedOver(explanation, stored), stored);
    synchronized (cache) {
      cache.put(plan.id(), cached);
    }
    return cached;
  }

  private static List<PassedOver> passedOver(
      PlanExplanation explanation, List<StoredAssignment> stored) {
    Map<UUID, PlannedClient> clients = new HashMap<>();
    stored.forEach(a -> clients.put(a.client().clientId(), a.client()));
    return explanation.blockingPairs().stream()
        .map(
            pair -> {
              PlannedClient client = clients.get(pair.clientId());
              return new PassedOver(
                  pair.clientId(),
                  client.code(),
                  label(client, pair.wantedPathwayId()),
                  pair.givenPathwayId() == null ? null : label(client, pair.givenPathwayId()),
                  pair.heldBy().stream()
                      .filter(clients::containsKey)
                      .map(id -> clients.get(id).code())
                      .toList(),
                  pair.heldBy().stream().filter(clients::containsKey).toList(),
                  (int) pair.heldBy().stream().filter(id -> !clients.containsKey(id)).count(),
                  pair.wantedPathwayId(),
                  pair.givenPathwayId());
            })
        .toList();
  }

  private static String label(PlannedClient client, String pathwayId) {
    return client
        .option(pathwayId)
        .map(o -> o.option().label() == null ? pathwayId : o.option().label())
        .orElse(pathwayId);
  }

  /**
   * The sentences about one client: why she has her pathway (or none), why not each one she wanted
   * more, then the score's lines about her.
   */
  public static List<String> justifications(PlanExplanation explanation, UUID clientId) {
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
        CohortPlans.assigned(plan),
        BlockingPairs.of(plan).size(),
        CohortPlans.figures(plan));
  }

  private CohortPlan stored(UUID planId) {
    return CohortPlans.of(
        assignments.all(planId), plans.inputs(planId), plans.expectedPathways(planId));
  }
}
