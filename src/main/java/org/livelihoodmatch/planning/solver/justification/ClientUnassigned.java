package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies an "Unassigned client" match: a client the plan leaves without a pathway. */
public record ClientUnassigned(UUID clientId, int priorityWeight, int optionCount)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Client "
        + Phrases.shortId(clientId)
        + " (priority "
        + priorityWeight
        + ") has no pathway in this plan"
        + (optionCount == 0
            ? ": no feasible pathway was found for this client."
            : ", out of "
                + Phrases.count(optionCount, "feasible option", "feasible options")
                + ".");
  }

  @Override
  public Sentence sentence() {
    return optionCount == 0
        ? Sentence.of("plan.say.unassigned.noOption", new Term.Client(clientId), priorityWeight)
        : Sentence.of(
            "plan.say.unassigned", new Term.Client(clientId), priorityWeight, optionCount);
  }
}
