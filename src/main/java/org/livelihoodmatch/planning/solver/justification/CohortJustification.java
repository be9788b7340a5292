package org.livelihoodmatch.planning.solver.justification;

import java.util.List;
import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why one constraint match happened, in a form both people and code can use: {@code toString()} is
 * a sentence for the plan page, {@link #clientIds()} the clients it concerns, so that each client's
 * assignment can list the sentences about her.
 */
public interface CohortJustification extends ConstraintJustification {

  /** The clients this match is about, in a stable order. */
  List<UUID> clientIds();

  /** The same match as a sentence the plan pages put in the reader's language. */
  Sentence sentence();
}
