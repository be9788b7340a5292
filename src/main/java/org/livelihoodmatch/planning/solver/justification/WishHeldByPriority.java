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

  @Override
  public Sentence sentence() {
    return second == null
        ? Sentence.of("plan.say.wishHeld", wishes, priority, term(place))
        : Sentence.of("plan.say.wishHeldBoth", wishes, priority, term(place), term(second));
  }

  private static UUID uuid(Object id) {
    return id instanceof UUID uuid ? uuid : UUID.fromString(String.valueOf(id));
  }

  private static Term term(CapacityKey key) {
    return switch (key.kind()) {
      case INTAKE -> new Term.Intake(uuid(key.id()));
      case VACANCY -> new Term.Vacancy(uuid(key.id()));
      case MARKET -> new Term.Market(String.valueOf(key.id()));
    };
  }
}
