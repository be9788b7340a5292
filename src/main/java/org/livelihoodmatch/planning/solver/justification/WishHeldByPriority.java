package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.CapacityKey;

/**
 * Justifies a "Wish held by priority" match: {@code wishes} pathways wanted more by clients of this
 * priority take a place that is full of clients of at least that priority (with {@code second}, a
 * pathway taking both places), so those wishes are fairly refused and are no blocking pairs.
 */
public record WishHeldByPriority(CapacityKey place, CapacityKey second, int priority, int wishes)
    implements CohortJustification {

  @Override
  public List<UUID> clientIds() {
    return List.of();
  }

  @Override
  public String toString() {
    return Phrases.count(wishes, "wish", "wishes")
        + " of clients of priority "
        + priority
        + " for "
        + describe(place)
        + (second == null ? "" : " and " + describe(second))
        + ": full of clients of priority "
        + priority
        + " or more.";
  }

  private static String describe(CapacityKey key) {
    String id = String.valueOf(key.id());
    return switch (key.kind()) {
      case INTAKE -> "intake " + id.substring(0, Math.min(8, id.length()));
      case VACANCY -> "vacancy " + id.substring(0, Math.min(8, id.length()));
      case MARKET -> "market " + id;
    };
  }
}
