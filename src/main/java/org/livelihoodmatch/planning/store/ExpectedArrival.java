package org.livelihoodmatch.planning.store;

import java.util.List;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * One expected arrival of a look-ahead plan (issue 14), stored with the plan's inputs: an id of her
 * own (no client has it), her priority weight on arrival, and the pathways of the past client she
 * was drawn from, under ids of their own. No name, code or profile is kept.
 */
public record ExpectedArrival(UUID id, int priorityWeight, List<PathwayOption> options) {

  public ExpectedArrival {
    options = List.copyOf(options);
  }
}
