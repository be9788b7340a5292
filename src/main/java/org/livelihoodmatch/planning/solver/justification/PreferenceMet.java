package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Preference rank" match: how far a pathway meets the client's own wishes. */
public record PreferenceMet(UUID clientId, String pathwayId, int preferenceRank, int points)
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
        + " is "
        + Phrases.preference(preferenceRank)
        + " ("
        + Phrases.count(points, "preference point", "preference points")
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.preference",
        new Term.Pathway(pathwayId),
        new Term.Client(clientId),
        new Term.Choice(preferenceRank),
        points);
  }
}
