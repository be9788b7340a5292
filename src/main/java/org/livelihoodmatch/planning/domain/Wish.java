package org.livelihoodmatch.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One pathway a client wants more than the one the plan gives her (or than none). Together with
 * what holds its capacities, it tells whether the client and the pathway form a blocking pair.
 *
 * @param client the client who wants it
 * @param option the pathway she would rather have
 */
public record Wish(ClientAssignment client, PathwayOption option) {

  public Wish {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(option, "option");
  }

  /** Equal when the same client wishes for the same pathway (cheap: used as a grouping key). */
  @Override
  public boolean equals(Object other) {
    return other instanceof Wish w && w.client == client && w.option.id().equals(option.id());
  }

  @Override
  public int hashCode() {
    return 31 * System.identityHashCode(client) + option.id().hashCode();
  }

  /**
   * Each capacity of the wished pathway, with the client's priority: the wish is refused by any of
   * them that is full of clients whose priority is at least hers.
   */
  public List<WishedCapacity> capacities() {
    List<CapacityKey> keys = option.capacityKeys();
    List<WishedCapacity> wished = new ArrayList<>(keys.size());
    PathwayOption held = client.getPathway();
    for (CapacityKey key : keys) {
      boolean holdsIt = held != null && held.capacityKeys().contains(key);
      wished.add(new WishedCapacity(this, key, client.getPriorityWeight(), holdsIt));
    }
    return wished;
  }

  /**
   * One capacity of a wish.
   *
   * @param key the capacity
   * @param priority the priority weight of the client who wishes for it
   * @param holdsItAlready whether the client's own pathway draws on it too (then she does not count
   *     among those who fill it)
   */
  public record WishedCapacity(Wish wish, CapacityKey key, int priority, boolean holdsItAlready) {}
}
