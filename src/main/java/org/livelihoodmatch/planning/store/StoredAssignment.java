package org.livelihoodmatch.planning.store;

import java.util.Optional;

/** One client of a stored plan with the pathway its best solution gives her and whether pinned. */
public record StoredAssignment(PlannedClient client, String pathwayId, boolean pinned) {

  /** The option she is given, if any. */
  public Optional<PlannedOption> pathway() {
    return pathwayId == null ? Optional.empty() : client.option(pathwayId);
  }
}
