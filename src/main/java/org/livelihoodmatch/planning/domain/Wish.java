package org.livelihoodmatch.planning.domain;

import java.util.List;
import java.util.Objects;

/**
 * One pathway a client wants more than the one the plan gives her (or than none). Together with
 * what holds its places, it tells whether the client and the pathway form a blocking pair.
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

  /** How many places the wished pathway takes: 0, 1 or 2 (a course and then a job or business). */
  public int placeCount() {
    return option.capacityKeys().size();
  }

  /**
   * What decides whether the wish is refused, shared by every wish alike: the places of the wished
   * pathway, the client's priority, and which of the places her own pathway takes already (then she
   * does not count among those who fill it). Wishes are counted by this, so that a place becoming
   * full or free touches a few counts, not every wish for it.
   */
  public Places places() {
    List<CapacityKey> keys = option.capacityKeys();
    PathwayOption held = client.getPathway();
    List<CapacityKey> heldKeys = held == null ? List.of() : held.capacityKeys();
    CapacityKey first = keys.isEmpty() ? null : keys.get(0);
    CapacityKey second = keys.size() < 2 ? null : keys.get(1);
    return new Places(
        first,
        second,
        client.getPriorityWeight(),
        first != null && heldKeys.contains(first),
        second != null && heldKeys.contains(second));
  }

  /**
   * The places of a wished pathway as seen by the client who wishes for it.
   *
   * @param first its first place
   * @param second its second place, or null
   * @param priority the client's priority weight
   * @param holdsFirst whether her own pathway takes the first place too
   * @param holdsSecond whether her own pathway takes the second place too
   */
  public record Places(
      CapacityKey first,
      CapacityKey second,
      int priority,
      boolean holdsFirst,
      boolean holdsSecond) {}
}
