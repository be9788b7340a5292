package org.livelihoodmatch.planning.domain;

import java.util.Comparator;

/**
 * Orders clients from easiest to hardest to place, so that the construction heuristic (which takes
 * the hardest first) gives the scarce pathways to high-priority clients with few options before
 * others use them up.
 */
public class ClientAssignmentDifficulty implements Comparator<ClientAssignment> {

  private static final Comparator<ClientAssignment> ORDER =
      Comparator.comparingInt(ClientAssignment::getPriorityWeight)
          .thenComparing(a -> a.getOptions().size(), Comparator.reverseOrder())
          .thenComparing(ClientAssignment::getClientId);

  @Override
  public int compare(ClientAssignment a, ClientAssignment b) {
    return ORDER.compare(a, b);
  }
}
