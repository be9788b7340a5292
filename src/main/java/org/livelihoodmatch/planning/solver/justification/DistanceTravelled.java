package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Distance from home" match: how far a pathway takes the client from home. */
public record DistanceTravelled(UUID clientId, String pathwayId, int distanceKm)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Pathway "
        + pathwayId
        + " takes client "
        + Phrases.shortId(clientId)
        + " "
        + distanceKm
        + " km from home.";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.distance", new Term.Pathway(pathwayId), new Term.Client(clientId), distanceKm);
  }
}
