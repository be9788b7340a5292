package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Surplus margin" match: what a pathway leaves the client above living costs. */
public record SurplusEarned(UUID clientId, String pathwayId, long surplusCents, int points)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Pathway "
        + pathwayId
        + " leaves client "
        + Phrases.shortId(clientId)
        + " "
        + Phrases.money(surplusCents)
        + " a month above living costs ("
        + Phrases.count(points, "surplus point", "surplus points")
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.surplus",
        new Term.Pathway(pathwayId),
        new Term.Client(clientId),
        new Term.Money(surplusCents),
        points);
  }
}
