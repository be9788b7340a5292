package org.livelihoodmatch.planning.store;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One client of a plan as it is stored: her pseudonymous case code (never a name), household,
 * priority weight and feasible pathways, best first as the generator ranked them; when she has
 * none, the options she just misses and what would make them work.
 */
public record PlannedClient(
    UUID clientId,
    String code,
    UUID householdId,
    int priorityWeight,
    List<PlannedOption> options,
    List<PlannedMiss> misses) {

  public PlannedClient {
    options = List.copyOf(options);
    misses = misses == null ? List.of() : List.copyOf(misses);
  }

  public PlannedClient(
      UUID clientId,
      String code,
      UUID householdId,
      int priorityWeight,
      List<PlannedOption> options) {
    this(clientId, code, householdId, priorityWeight, options, List.of());
  }

  /** The option a planner's reference (a pathway id or key) names, if it is one of hers. */
  public Optional<PlannedOption> option(String reference) {
    return options.stream().filter(o -> o.isNamedBy(reference)).findFirst();
  }
}
