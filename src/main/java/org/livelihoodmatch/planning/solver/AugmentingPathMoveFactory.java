package org.livelihoodmatch.planning.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * Makes chains of hand-overs ({@link HandOverMove} with up to {@value #MAX_DEPTH} clients) that
 * place one more client: a client without a pathway takes one whose only full capacity is held by a
 * second client, who moves to another of hers whose only full capacity is held by a third, and so
 * on until a pathway with room ends the chain. It is the augmenting path of bipartite matching,
 * found by a breadth-first search over at most {@value #MAX_VISITS} clients from a random start.
 * When no chain ends in room, the chain instead leaves its lowest-priority client without a
 * pathway, if she weighs less than the client placed. One change or one hand-over at a time would
 * have to pass through worse plans to get there.
 */
public class AugmentingPathMoveFactory extends RandomMoveFactory {

  /** The most clients a chain changes. */
  static final int MAX_DEPTH = 4;

  /** The most clients one search looks at. */
  static final int MAX_VISITS = 48;

  /** Tries at finding a client without a pathway to start from. */
  private static final int START_TRIES = 8;

  /** A client of the search: who displaced her, with which pathway, freeing which capacity. */
  private record Node(
      ClientAssignment client, Node parent, PathwayOption parentTakes, Object freed, int depth) {}

  @Override
  HandOverMove randomMove(Random random) {
    List<ClientAssignment> movable = index.movable;
    ClientAssignment start = movable.get(random.nextInt(movable.size()));
    for (int i = 0; i < START_TRIES && start.getPathway() != null; i++) {
      start = movable.get(random.nextInt(movable.size()));
    }
    Set<ClientAssignment> seen = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    ArrayDeque<Node> queue = new ArrayDeque<>();
    Node root = new Node(start, null, null, null, 1);
    queue.add(root);
    seen.add(start);
    Node lightest = null;
    while (!queue.isEmpty() && seen.size() <= MAX_VISITS) {
      Node node = queue.poll();
      if (node.parent() != null
          && node.client().getPriorityWeight() < start.getPriorityWeight()
          && (lightest == null
              || node.client().getPriorityWeight() < lightest.client().getPriorityWeight())) {
        lightest = node;
      }
      List<PathwayOption> options = node.client().getOptions();
      int offset = random.nextInt(options.size());
      for (int i = 0; i < options.size(); i++) {
        PathwayOption option = options.get((offset + i) % options.size());
        Object[] keys = index.keysOf(option);
        if (option == node.client().getPathway()
            || (node.freed() != null && CapacityIndex.contains(keys, node.freed()))) {
          continue;
        }
        Object full = null;
        boolean tooFull = false;
        for (Object key : keys) {
          if (!holdsNow(node.client(), key) && index.isFull(key)) {
            if (full != null) {
              tooFull = true;
              break;
            }
            full = key;
          }
        }
        if (tooFull) {
          continue;
        }
        if (full == null) {
          return chain(node, option);
        }
        if (node.depth() >= MAX_DEPTH) {
          continue;
        }
        List<ClientAssignment> holders = index.holdersNow(full);
        int from = holders.isEmpty() ? 0 : random.nextInt(holders.size());
        for (int h = 0; h < holders.size(); h++) {
          ClientAssignment holder = holders.get((from + h) % holders.size());
          if (!holder.isPinned() && seen.add(holder)) {
            queue.add(new Node(holder, node, option, full, node.depth() + 1));
          }
        }
      }
    }
    if (lightest != null) {
      return chain(lightest, null);
    }
    List<PathwayOption> options = start.getOptions();
    return chain(root, options.get(random.nextInt(options.size())));
  }

  /** The move of a chain ending with {@code last} taking {@code takes} (null: none). */
  private static HandOverMove chain(Node last, PathwayOption takes) {
    List<ClientAssignment> clients = new ArrayList<>();
    List<PathwayOption> pathways = new ArrayList<>();
    clients.add(last.client());
    pathways.add(takes);
    for (Node n = last; n.parent() != null; n = n.parent()) {
      clients.add(n.parent().client());
      pathways.add(n.parentTakes());
    }
    return new HandOverMove(
        clients.toArray(new ClientAssignment[0]), pathways.toArray(new PathwayOption[0]));
  }

  private static boolean holdsNow(ClientAssignment client, Object key) {
    PathwayOption now = client.getPathway();
    return now != null && CapacityIndex.capacities(now).contains(key);
  }
}
