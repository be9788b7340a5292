package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies a "Training length and cost" match: the weeks without earnings and the money a
 * pathway's training takes.
 */
public record TrainingBurden(
    UUID clientId, String pathwayId, int trainingWeeks, long trainingCostCents, int points)
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
        + " needs "
        + Phrases.count(trainingWeeks, "week", "weeks")
        + " of training costing "
        + Phrases.money(trainingCostCents)
        + " ("
        + Phrases.count(points, "training point", "training points")
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.training",
        new Term.Pathway(pathwayId),
        new Term.Client(clientId),
        trainingWeeks,
        new Term.Money(trainingCostCents),
        points);
  }
}
