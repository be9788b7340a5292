package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Vacancy positions" match: more clients given a vacancy than it has positions. */
public record VacancyOverfilled(UUID vacancyId, int positions, List<UUID> clientIds)
    implements CohortJustification {

  @Override
  public String toString() {
    return "Vacancy "
        + Phrases.shortId(vacancyId)
        + " is given "
        + Phrases.count(clientIds.size(), "client", "clients")
        + " for "
        + Phrases.count(positions, "position", "positions")
        + " ("
        + Phrases.clients(clientIds)
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.vacancyPositions",
        new Term.Vacancy(vacancyId),
        clientIds.size(),
        positions,
        new Term.Clients(clientIds));
  }
}
