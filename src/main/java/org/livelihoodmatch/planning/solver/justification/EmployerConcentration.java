package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies an "Employer balance" match: several clients of the plan placed with one employer,
 * counted in pairs, since a single workplace that goes wrong (as the workers' lodging where 8 of 20
 * stayed) then fails them all.
 */
public record EmployerConcentration(UUID employerId, List<UUID> clientIds, int pairs)
    implements CohortJustification {

  @Override
  public String toString() {
    return "Employer "
        + Phrases.shortId(employerId)
        + " takes "
        + Phrases.count(clientIds.size(), "client", "clients")
        + " of this plan ("
        + Phrases.clients(clientIds)
        + "), "
        + Phrases.count(pairs, "pair", "pairs")
        + " placed together.";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.employerBalance",
        new Term.Employer(employerId),
        clientIds.size(),
        new Term.Clients(clientIds),
        pairs);
  }
}
