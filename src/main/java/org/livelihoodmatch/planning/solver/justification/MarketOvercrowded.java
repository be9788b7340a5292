package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;

/** Justifies a "Market room" match: more new businesses in one market than it can absorb. */
public record MarketOvercrowded(String marketKey, int room, List<UUID> clientIds)
    implements CohortJustification {

  @Override
  public String toString() {
    return "Market "
        + marketKey
        + " would get "
        + Phrases.count(clientIds.size(), "new business", "new businesses")
        + " where it has room for "
        + room
        + " ("
        + Phrases.clients(clientIds)
        + ").";
  }

  @Override
  public Sentence sentence() {
    return Sentence.of(
        "plan.say.marketRoom",
        new Term.Market(marketKey),
        clientIds.size(),
        room,
        new Term.Clients(clientIds));
  }
}
