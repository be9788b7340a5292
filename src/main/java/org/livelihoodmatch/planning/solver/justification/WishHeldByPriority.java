package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/**
 * Justifies a "Wish held by priority" match: a pathway the client wants more is full of clients of
 * at least her priority, so her wish is fairly refused and is no blocking pair.
 */
public record WishHeldByPriority(UUID clientId, String wantedPathwayId, int priorityWeight)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of(clientId);
  }

  @Override
  public String toString() {
    return "Pathway "
        + wantedPathwayId
        + ", wanted more by client "
        + Phrases.shortId(clientId)
        + ", is full of clients of priority "
        + priorityWeight
        + " or more.";
  }
}
