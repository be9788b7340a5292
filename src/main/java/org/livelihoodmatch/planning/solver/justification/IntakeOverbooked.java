package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies an "Intake seats" match: more clients given an intake than it has seats. */
public record IntakeOverbooked(UUID intakeId, int seats, List<UUID> clientIds)
    implements CohortJustification {

  @Override
  public String toString() {
    return "Intake "
        + Phrases.shortId(intakeId)
        + " is given "
        + Phrases.count(clientIds.size(), "client", "clients")
        + " for "
        + Phrases.count(seats, "seat", "seats")
        + " ("
        + Phrases.clients(clientIds)
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.intakeSeats",
        new Term.Intake(intakeId),
        clientIds.size(),
        seats,
        new Term.Clients(clientIds));
  }
}
