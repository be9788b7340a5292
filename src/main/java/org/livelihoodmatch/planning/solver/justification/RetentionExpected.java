package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies an "Expected retention" match: how likely a placement like the pathway is to hold six
 * months, from recorded outcomes of its employer, provider or market.
 */
public record RetentionExpected(UUID clientId, String pathwayId, int percent, int points)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Pathway "
        + pathwayId
        + " of client "
        + Phrases.shortId(clientId)
        + " is expected to hold six months "
        + percent
        + "% of the time ("
        + Phrases.count(points, "retention point", "retention points")
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.retention",
        new Term.Pathway(pathwayId),
        new Term.Client(clientId),
        percent,
        points);
  }
}
