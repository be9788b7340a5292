package org.livelihoodmatch.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * Which options draw on which capacity (an intake, a vacancy, a market), for the move factories:
 * built once per phase, since options and capacities never change while solving; who holds a
 * capacity is read from the working solution each time it is asked.
 */
final class CapacityIndex {

  /** One capacity and, side by side, the options that draw on it and the clients they belong to. */
  record Holders(PathwayOption[] options, ClientAssignment[] owners) {}

  static final CapacityIndex EMPTY = new CapacityIndex(List.of(), Map.of(), Map.of(), Map.of());

  final List<ClientAssignment> movable;
  private final Map<Object, Holders> holdersByCapacity;
  private final Map<PathwayOption, Object[]> capacitiesByOption;
  private final Map<Object, Integer> capacity;

  private CapacityIndex(
      List<ClientAssignment> movable,
      Map<Object, Holders> holdersByCapacity,
      Map<PathwayOption, Object[]> capacitiesByOption,
      Map<Object, Integer> capacity) {
    this.movable = movable;
    this.holdersByCapacity = holdersByCapacity;
    this.capacitiesByOption = capacitiesByOption;
    this.capacity = capacity;
  }

  /** The index of a working solution: its unpinned clients with options, and their capacities. */
  static CapacityIndex of(CohortPlan plan) {
    List<ClientAssignment> clients = new ArrayList<>();
    Map<Object, List<PathwayOption>> options = new HashMap<>();
    Map<Object, List<ClientAssignment>> owners = new HashMap<>();
    Map<PathwayOption, Object[]> keys = new IdentityHashMap<>();
    for (ClientAssignment client : plan.getAssignments()) {
      if (client.isPinned() || client.getOptions().isEmpty()) {
        continue;
      }
      clients.add(client);
      for (PathwayOption option : client.getOptions()) {
        Object[] capacities = capacities(option).toArray();
        keys.put(option, capacities);
        for (Object key : capacities) {
          options.computeIfAbsent(key, k -> new ArrayList<>()).add(option);
          owners.computeIfAbsent(key, k -> new ArrayList<>()).add(client);
        }
      }
    }
    Map<Object, Holders> holders = new HashMap<>();
    options.forEach(
        (key, list) ->
            holders.put(
                key,
                new Holders(
                    list.toArray(new PathwayOption[0]),
                    owners.get(key).toArray(new ClientAssignment[0]))));
    Map<Object, Integer> limits = new HashMap<>();
    plan.getIntakeSeats().forEach(f -> limits.put(f.intakeId(), f.seats()));
    plan.getVacancyPositions().forEach(f -> limits.put(f.vacancyId(), f.positions()));
    plan.getMarketRooms().forEach(f -> limits.put(f.marketKey(), f.newBusinesses()));
    return new CapacityIndex(clients, holders, keys, limits);
  }

  /** The capacities an option draws on (none for an option of a pinned client). */
  Object[] keysOf(PathwayOption option) {
    Object[] keys = capacitiesByOption.get(option);
    return keys == null ? new Object[0] : keys;
  }

  Holders holders(Object key) {
    return holdersByCapacity.get(key);
  }

  /** Whether the capacity has as many holders as places (false when it has no limit). */
  boolean isFull(Object key) {
    Integer limit = capacity.get(key);
    if (limit == null) {
      return false;
    }
    Holders holders = holdersByCapacity.get(key);
    int held = 0;
    for (int i = 0; i < holders.options().length && held < limit; i++) {
      if (holders.owners()[i].getPathway() == holders.options()[i]) {
        held++;
      }
    }
    return held >= limit;
  }

  /** Whether every capacity of these has a place left. */
  boolean hasRoom(Object[] keys) {
    for (Object key : keys) {
      if (isFull(key)) {
        return false;
      }
    }
    return true;
  }

  /** The clients whose pathway now draws on the capacity. */
  List<ClientAssignment> holdersNow(Object key) {
    Holders holders = holdersByCapacity.get(key);
    List<ClientAssignment> now = new ArrayList<>();
    for (int i = 0; i < holders.options().length; i++) {
      if (holders.owners()[i].getPathway() == holders.options()[i]) {
        now.add(holders.owners()[i]);
      }
    }
    return now;
  }

  static boolean contains(Object[] keys, Object key) {
    for (Object k : keys) {
      if (k.equals(key)) {
        return true;
      }
    }
    return false;
  }

  /** The capacities an option draws on whose count a move can free. */
  static List<Object> capacities(PathwayOption option) {
    List<Object> keys = new ArrayList<>(3);
    if (option.intakeId() != null) {
      keys.add(option.intakeId());
    }
    if (option.vacancyId() != null) {
      keys.add(option.vacancyId());
    }
    if (option.marketKey() != null) {
      keys.add(option.marketKey());
    }
    return keys;
  }
}
