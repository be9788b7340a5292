package org.livelihoodmatch.planning.solver;

import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The solver's first phase: a new plan starts from the deferred-acceptance plan, which passes
 * nobody over, and the search places more clients from there. A plan that already has pathways
 * (solved again around pins, or resumed) is left as it is.
 */
public final class DeferredAcceptanceStart implements CustomPhaseCommand<CohortPlan> {

  @Override
  public void changeWorkingSolution(ScoreDirector<CohortPlan> scoreDirector) {
    CohortPlan working = scoreDirector.getWorkingSolution();
    boolean fresh =
        working.getAssignments().stream().noneMatch(a -> !a.isPinned() && a.getPathway() != null);
    if (!fresh) {
      return;
    }
    CohortPlan stable = DeferredAcceptance.plan(working);
    for (int i = 0; i < working.getAssignments().size(); i++) {
      ClientAssignment client = working.getAssignments().get(i);
      ClientAssignment planned = stable.getAssignments().get(i);
      if (client.isPinned() || planned.getPathway() == null) {
        continue;
      }
      scoreDirector.beforeVariableChanged(client, "pathway");
      client.setPathway(planned.getPathway());
      scoreDirector.afterVariableChanged(client, "pathway");
    }
    scoreDirector.triggerVariableListeners();
  }
}
