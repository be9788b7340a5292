package org.livelihoodmatch.benchmarks.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * The simulation's forecast of arrivals, as the service draws them from an organisation's history:
 * as many clients a month as arrived on average in the last {@value #HISTORY_MONTHS} months, each
 * drawn from those who did, offered what she was offered that the planner knows will be open when
 * she would come and still has a place.
 */
final class ArrivalForecast {

  static final int HISTORY_MONTHS = 6;

  private final Year year;
  private final Random random;
  private final int draws;
  private long sequence;

  /** A forecast drawing {@code draws} arrivals for each one expected (a larger sample, lighter). */
  ArrivalForecast(Year year, Random random, int draws) {
    this.year = year;
    this.random = random;
    this.draws = draws;
  }

  /** The expected arrivals of {@code month}, as seen in {@code now}, each of weight as given. */
  List<ClientAssignment> arrivals(int now, int month, Year.Remaining left) {
    int from = Math.max(0, now - HISTORY_MONTHS + 1);
    List<ClientAssignment> history = year.arrivedIn(from, now);
    int count = draws * Math.round((float) history.size() / (now - from + 1));
    List<ClientAssignment> expected = new ArrayList<>();
    for (int i = 0; i < count && !history.isEmpty(); i++) {
      ClientAssignment past = history.get(random.nextInt(history.size()));
      UUID id = new UUID(77L, ++sequence);
      List<PathwayOption> options = new ArrayList<>();
      for (PathwayOption o : past.getOptions()) {
        if (year.knownOpen(o, now, month) && left.fits(past, o)) {
          options.add(o.forClient("e" + sequence + "-" + o.id(), id));
        }
      }
      expected.add(
          ClientAssignment.expectedArrival(id, null, past.getPriorityWeight(), options));
    }
    return expected;
  }
}
