package org.livelihoodmatch.planning.solver;

import java.util.List;
import java.util.Random;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * Makes {@link HandOverMove}s at random: a client (in half the moves, preferably one without a
 * pathway) takes one of her other pathways; if a capacity it draws on (an intake, a vacancy, a
 * market) is held by another client, that client moves to another of her own pathways that does not
 * need it, or to none. Which options draw on which capacity never changes while solving, so it is
 * indexed once per phase.
 */
public class HandOverMoveFactory extends RandomMoveFactory {

  /** How often the displaced client is left without a pathway rather than moved. */
  private static final int NONE_ONE_IN = 8;

  /** Tries at finding a client without a pathway to take one, before any client will do. */
  private static final int UNASSIGNED_TRIES = 4;

  /** Other pathways of a displaced client tried for one with room. */
  private static final int ROOM_TRIES = 3;

  @Override
  HandOverMove randomMove(Random random) {
    // Half the moves place a client who has no pathway yet: what the medium level rewards.
    List<ClientAssignment> movable = index.movable;
    ClientAssignment taker = movable.get(random.nextInt(movable.size()));
    if (random.nextBoolean()) {
      for (int i = 0; i < UNASSIGNED_TRIES && taker.getPathway() != null; i++) {
        taker = movable.get(random.nextInt(movable.size()));
      }
    }
    List<PathwayOption> options = taker.getOptions();
    PathwayOption wanted = options.get(random.nextInt(options.size()));
    Object[] keys = index.keysOf(wanted);
    if (keys.length == 0) {
      return single(taker, wanted);
    }
    Object key = keys[random.nextInt(keys.length)];
    CapacityIndex.Holders holders = index.holders(key);
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
      Object[] keys = index.keysOf(option);
      if (option == client.getPathway() || CapacityIndex.contains(keys, key)) {
        continue;
      }
      tried++;
      if (index.hasRoom(keys)) {
        return option;
      }
      fallback = option;
    }
    return fallback;
  }

  private static HandOverMove single(ClientAssignment client, PathwayOption option) {
    return new HandOverMove(new ClientAssignment[] {client}, new PathwayOption[] {option});
  }
}
