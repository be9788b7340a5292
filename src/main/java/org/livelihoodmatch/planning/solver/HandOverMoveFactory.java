package org.livelihoodmatch.planning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
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

  private List<ClientAssignment> movable = List.of();
  private Map<Object, List<PathwayOption>> optionsByCapacity = Map.of();
  private Map<UUID, ClientAssignment> clientsById = Map.of();

  @Override
  public void phaseStarted(ScoreDirector<CohortPlan> scoreDirector) {
    CohortPlan plan = scoreDirector.getWorkingSolution();
    List<ClientAssignment> clients = new ArrayList<>();
    Map<Object, List<PathwayOption>> byCapacity = new HashMap<>();
    Map<UUID, ClientAssignment> byId = new HashMap<>();
    for (ClientAssignment client : plan.getAssignments()) {
      byId.put(client.getClientId(), client);
      if (client.isPinned() || client.getOptions().isEmpty()) {
        continue;
      }
      clients.add(client);
      for (PathwayOption option : client.getOptions()) {
        for (Object key : capacities(option)) {
          byCapacity.computeIfAbsent(key, k -> new ArrayList<>()).add(option);
        }
      }
    }
    movable = clients;
    optionsByCapacity = byCapacity;
    clientsById = byId;
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
    List<Object> keys = capacities(wanted);
    if (keys.isEmpty()) {
      return single(taker, wanted);
    }
    Object key = keys.get(random.nextInt(keys.size()));
    List<ClientAssignment> holders = new ArrayList<>();
    for (PathwayOption option : optionsByCapacity.getOrDefault(key, List.of())) {
      ClientAssignment owner = clientsById.get(option.clientId());
      if (owner != taker && owner != null && option.equals(owner.getPathway())) {
        holders.add(owner);
      }
    }
    if (holders.isEmpty()) {
      return single(taker, wanted);
    }
    ClientAssignment displaced = holders.get(random.nextInt(holders.size()));
    List<PathwayOption> elsewhere = new ArrayList<>();
    for (PathwayOption option : displaced.getOptions()) {
      if (!capacities(option).contains(key)) {
        elsewhere.add(option);
      }
    }
    PathwayOption moved =
        elsewhere.isEmpty() || random.nextInt(NONE_ONE_IN) == 0
            ? null
            : elsewhere.get(random.nextInt(elsewhere.size()));
    return new HandOverMove(
        new ClientAssignment[] {taker, displaced}, new PathwayOption[] {wanted, moved});
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
