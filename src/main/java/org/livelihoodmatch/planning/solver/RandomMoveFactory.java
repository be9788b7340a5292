package org.livelihoodmatch.planning.solver;

import java.util.Iterator;
import java.util.Random;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

/**
 * A factory of moves made only at random, over the {@link CapacityIndex} of the phase's working
 * solution; as large as the clients' options together, so that a union of selectors picks it as
 * often as a change move.
 */
abstract class RandomMoveFactory implements MoveIteratorFactory<CohortPlan, HandOverMove> {

  protected CapacityIndex index = CapacityIndex.EMPTY;

  @Override
  public void phaseStarted(ScoreDirector<CohortPlan> scoreDirector) {
    index = CapacityIndex.of(scoreDirector.getWorkingSolution());
  }

  @Override
  public long getSize(ScoreDirector<CohortPlan> scoreDirector) {
    return index.movable.stream().mapToLong(c -> c.getOptions().size()).sum();
  }

  @Override
  public Iterator<HandOverMove> createOriginalMoveIterator(ScoreDirector<CohortPlan> director) {
    throw new UnsupportedOperationException(getClass().getSimpleName() + " only moves at random");
  }

  @Override
  public Iterator<HandOverMove> createRandomMoveIterator(
      ScoreDirector<CohortPlan> scoreDirector, Random random) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !index.movable.isEmpty();
      }

      @Override
      public HandOverMove next() {
        return randomMove(random);
      }
    };
  }

  /** One move, drawn with this random. */
  abstract HandOverMove randomMove(Random random);
}
