package org.livelihoodmatch.placement;

import java.util.UUID;
import org.livelihoodmatch.matching.PathwayView;
import org.springframework.stereotype.Service;

/**
 * What other modules may ask of placements: place a client of an accepted plan on its pathway, in a
 * transaction of its own, as an officer's request would (the same lookup, capacities and rules).
 */
@Service
public class Placing {

  private final PlacementService service;

  Placing(PlacementService service) {
    this.service = service;
  }

  /** The outcome for one client of a plan. */
  public enum Outcome {
    PLACED,
    ALREADY_PLACED_BY_THIS_PLAN
  }

  /**
   * Places the client on the plan's pathway, starting when its training or job starts (today for a
   * business). Throws the same refusals an officer's request gets (gone, not hers, placed).
   */
  public Outcome placeFromPlan(UUID planId, UUID clientId, PathwayView pathway) {
    try {
      service.place(clientId, pathway, null, null, planId);
      return Outcome.PLACED;
    } catch (PlacementService.AlreadyPlacedByPlan e) {
      return Outcome.ALREADY_PLACED_BY_THIS_PLAN;
    }
  }
}
