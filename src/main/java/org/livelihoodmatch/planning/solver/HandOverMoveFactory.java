package org.livelihoodmatch.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * Makes {@link HandOverMove}s at random: a client (in half the moves, preferably one without a
 * pathway) takes one of her other pathways; if a capacity it draws on (an intake, a vacancy, a
 * market) is held by another client, that client moves to another of her own pathways that does not
 * need it, or to none. Which options draw on which capacity never changes while solving, so it is
 * indexed once per phase.
 */
public class HandOverMoveFactory implements MoveIteratorFactory<CohortPlan, HandOverMove> {

  /** How often the displaced client is left without a pathway rather than moved. */
  private static final int NONE_ONE_IN = 8;

  /** Tries at finding a client without a pathway to take one, before any client will do. */
  private static final int UNASSIGNED_TRIES = 4;

  /** Other pathways of a displaced client tried for one with room. */
  private static final int ROOM_TRIES = 3;

  /** One capacity and, side by side, the options that draw on it and the clients they belong to. */
  private record Holders(PathwayOption[] options, ClientAssignment[] owners) {}

  private List<ClientAssignment> movable = List.of();
  private Map<Object, Holders> holdersByCapacity = Map.of();
  private Map<PathwayOption, Object[]> capacitiesByOption = Map.of();
  private Map<Object, Integer> capacity = Map.of();

  @Override
  public void phaseStarted(ScoreDirector<CohortPlan> scoreDirector) {
    CohortPlan plan = scoreDirector.getWorkingSolution();
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
    movable = clients;
    capacity = limits;
    holdersByCapacity = holders;
    capacitiesByOption = keys;
  }

  @Override
  public long getSize(ScoreDirector<CohortPlan> scoreDirector) {
    return movable.stream().mapToLong(c -> c.getOptions().size()).sum();
  }

  @Override
  public Iterator<HandOverMove> createOriginalMoveIterator(ScoreDirector<CohortPlan> director) {
    throw new UnsupportedOperationException("hand-over moves are only selected at random");
  }

  @Override
  public Iterator<HandOverMove> createRandomMoveIterator(
      ScoreDirector<CohortPlan> scoreDirector, Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !movable.isEmpty();
      }

      @Override
      public HandOverMove next() {
        return randomMove(random);
      }
    };
  }

  private HandOverMove randomMove(Random random) {
    // Half the moves place a client who has no pathway yet: what the medium level rewards.
    ClientAssignment taker = movable.get(random.nextInt(movable.size()));
    if (random.nextBoolean()) {
      for (int i = 0; i < UNASSIGNED_TRIES && taker.getPathway() != null; i++) {
        taker = movable.get(random.nextInt(movable.size()));
      }
    }
    List<PathwayOption> options = taker.getOptions();
    PathwayOption wanted = options.get(random.nextInt(options.size()));
    Object[] keys = capacitiesByOption.get(wanted);
    if (keys == null || keys.length == 0) {
      return single(taker, wanted);
    }
    Object key = keys[random.nextInt(keys.length)];
    Holders holders = holdersByCapacity.get(key);
    // Start at a random place and take the first client who holds the capacity.
    int n = holders.options().length;
    int start = random.nextInt(n);
    ClientAssignment displaced = null;
    for (int i = 0; i < n && displaced == null; i++) {
      int at = (start + i) % n;
      ClientAssignment owner = holders.owners()[at];
      if (owner != taker && owner.getPathway() == holders.options()[at]) {
        displaced = owner;
      }
    }
    if (displaced == null) {
      return single(taker, wanted);
    }
    PathwayOption moved =
        random.nextInt(NONE_ONE_IN) == 0 ? null : elsewhere(displaced, key, random);
    return new HandOverMove(
        new ClientAssignment[] {taker, displaced}, new PathwayOption[] {wanted, moved});
  }

  /**
   * Another pathway of the displaced client that does not need {@code key}: among a few tried at
   * random, the first with room in every capacity it draws on, else the last one tried.
   */
  private PathwayOption elsewhere(ClientAssignment client, Object key, Random random) {
    List<PathwayOption> options = client.getOptions();
    int offset = random.nextInt(options.size());
    PathwayOption fallback = null;
    int tried = 0;
    for (int i = 0; i < options.size() && tried < ROOM_TRIES; i++) {
      PathwayOption option = options.get((offset + i) % options.size());
      Object[] keys = capacitiesByOption.get(option);
      if (option == client.getPathway() || contains(keys, key)) {
        continue;
      }
      tried++;
      if (hasRoom(keys)) {
        return option;
      }
      fallback = option;
    }
    return fallback;
  }

  private boolean hasRoom(Object[] keys) {
    for (Object key : keys) {
      Integer limit = capacity.get(key);
      if (limit == null) {
        continue;
      }
      Holders holders = holdersByCapacity.get(key);
      int held = 0;
      for (int i = 0; i < holders.options().length && held < limit; i++) {
        if (holders.owners()[i].getPathway() == holders.options()[i]) {
          held++;
        }
      }
      if (held >= limit) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(Object[] keys, Object key) {
    for (Object k : keys) {
      if (k.equals(key)) {
        return true;
      }
    }
    return false;
  }

  private static HandOverMove single(ClientAssignment client, PathwayOption option) {
    return new HandOverMove(new ClientAssignment[] {client}, new PathwayOption[] {option});
  }

  /** The capacities an option draws on whose count a hand-over can free. */
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
