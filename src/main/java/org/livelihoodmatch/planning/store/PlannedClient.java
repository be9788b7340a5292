package org.livelihoodmatch.planning.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One client of a plan as it is stored: her pseudonymous case code (never a name), household,
 * priority weight and feasible pathways, best first as the generator ranked them.
 */
public record PlannedClient(
    UUID clientId, String code, UUID householdId, int priorityWeight, List<PlannedOption> options) {

  public PlannedClient {
    options = List.copyOf(options);
  }

  /** The option a planner's reference (a pathway id or key) names, if it is one of hers. */
  public Optional<PlannedOption> option(String reference) {
    return options.stream().filter(o -> o.isNamedBy(reference)).findFirst();
  }
}
