package org.livelihoodmatch.planning.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/**
 * Changes the pathways of one or two clients in one step: a client takes a pathway and the client
 * who held its scarce seat, position or market place moves to another of her own pathways (or
 * none). One change at a time cannot pass a full capacity on without first making the plan worse;
 * this move does it at once. See {@link HandOverMoveFactory}.
 */
public final class HandOverMove extends AbstractMove<CohortPlan> {

  private static final String VARIABLE = "pathway";

  private final ClientAssignment[] clients;
  private final PathwayOption[] pathways;

  HandOverMove(ClientAssignment[] clients, PathwayOption[] pathways) {
    this.clients = clients;
    this.pathways = pathways;
  }

  @Override
  public boolean isMoveDoable(ScoreDirector<CohortPlan> scoreDirector) {
    boolean changes = false;
    for (int i = 0; i < clients.length; i++) {
      if (clients[i].isPinned()) {
        return false;
      }
      changes |= clients[i].getPathway() != pathways[i];
    }
    return changes;
  }

  @Override
  protected HandOverMove createUndoMove(ScoreDirector<CohortPlan> scoreDirector) {
    PathwayOption[] before = new PathwayOption[clients.length];
    for (int i = 0; i < clients.length; i++) {
      before[i] = clients[i].getPathway();
    }
    return new HandOverMove(clients, before);
  }

  @Override
  protected void doMoveOnGenuineVariables(ScoreDirector<CohortPlan> scoreDirector) {
    for (int i = 0; i < clients.length; i++) {
      scoreDirector.beforeVariableChanged(clients[i], VARIABLE);
      clients[i].setPathway(pathways[i]);
      scoreDirector.afterVariableChanged(clients[i], VARIABLE);
    }
  }

  @Override
  public HandOverMove rebase(ScoreDirector<CohortPlan> destination) {
    ClientAssignment[] rebasedClients = new ClientAssignment[clients.length];
    PathwayOption[] rebasedPathways = new PathwayOption[pathways.length];
    for (int i = 0; i < clients.length; i++) {
      rebasedClients[i] = destination.lookUpWorkingObject(clients[i]);
      rebasedPathways[i] =
          pathways[i] == null ? null : destination.lookUpWorkingObject(pathways[i]);
    }
    return new HandOverMove(rebasedClients, rebasedPathways);
  }

  @Override
  public String getSimpleMoveTypeDescription() {
    return "HandOverMove(ClientAssignment.pathway)";
  }

  @Override
  public Collection<?> getPlanningEntities() {
    return List.of(clients);
  }

  @Override
  public Collection<?> getPlanningValues() {
    return Arrays.asList(pathways);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HandOverMove other
        && Arrays.equals(clients, other.clients)
        && Arrays.equals(pathways, other.pathways);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(clients) + Arrays.hashCode(pathways);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < clients.length; i++) {
      s.append(i == 0 ? "" : ", ")
          .append(clients[i].getClientId().toString(), 0, 8)
          .append(" {")
          .append(clients[i].getPathway() == null ? null : clients[i].getPathway().id())
          .append(" -> ")
          .append(pathways[i] == null ? null : pathways[i].id())
          .append('}');
    }
    return s.toString();
  }
}
