package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies a "Wish passed over" match: the client wants this pathway more than the one the plan
 * gives her. Unless a "Wish held by priority" match answers it, the two form a blocking pair.
 */
public record WishPassedOver(UUID clientId, String wantedPathwayId, String givenPathwayId)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Client "
        + Phrases.shortId(clientId)
        + " wants pathway "
        + wantedPathwayId
        + (givenPathwayId == null
            ? " and has none."
            : " more than pathway " + givenPathwayId + ".");
  }

  @Override
  public Sentence sentence() {
    return givenPathwayId == null
        ? Sentence.of(
            "plan.say.wishPassedOver.none",
            new Term.Client(clientId),
            new Term.Pathway(wantedPathwayId))
        : Sentence.of(
            "plan.say.wishPassedOver",
            new Term.Client(clientId),
            new Term.Pathway(wantedPathwayId),
            new Term.Pathway(givenPathwayId));
  }
}
