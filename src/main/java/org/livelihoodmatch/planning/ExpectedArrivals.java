package org.livelihoodmatch.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.livelihoodmatch.client.ClientDirectory.CohortMember;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.livelihoodmatch.planning.store.ExpectedArrival;
import org.livelihoodmatch.planning.store.PlannedClient;
import org.livelihoodmatch.planning.store.PlannedOption;

/**
 * Looking ahead (issue 14): the arrivals a plan expects within its horizon, drawn from the
 * organisation's history as a sampled scenario. As many arrivals a month as it registered on
 * average in the last {@value #HISTORY_MONTHS} months, each a copy of one of those clients (drawn
 * with replacement) arriving now: her weight without waiting, and the pathways the same generator
 * finds for her today under ids of their own. They hold places at a discount ({@link
 * ClientAssignment#PRESENT_OVER_EXPECTED}); only the clients present are placed.
 */
final class ExpectedArrivals {

  /** The months of registrations an arrival rate and the arrivals are drawn from. */
  static final int HISTORY_MONTHS = 6;

  private ExpectedArrivals() {}

  /** How many arrivals {@code horizonMonths} months bring at the history's rate. */
  static int count(int registeredInHistory, int horizonMonths) {
    return Math.round((float) registeredInHistory * horizonMonths / HISTORY_MONTHS);
  }

  /** Draws {@code count} members of the history, with replacement, in a reproducible order. */
  static List<CohortMember> draw(List<CohortMember> history, int count, Random random) {
    List<CohortMember> drawn = new ArrayList<>(count);
    for (int i = 0; i < count && !history.isEmpty(); i++) {
      drawn.add(history.get(random.nextInt(history.size())));
    }
    return drawn;
  }

  /**
   * The expected arrivals of the drawn members, given each distinct member's planned pathways; a
   * member drawn twice arrives twice, each time under a new id.
   */
  static List<ExpectedArrival> of(
      List<CohortMember> drawn, List<PlannedClient> planned, LocalDate today) {
    Map<UUID, PlannedClient> byClient = new HashMap<>();
    planned.forEach(p -> byClient.put(p.clientId(), p));
    List<ExpectedArrival> arrivals = new ArrayList<>(drawn.size());
    int sequence = 0;
    for (CohortMember member : drawn) {
      PlannedClient past = byClient.get(member.profile().id());
      if (past == null || past.options().isEmpty()) {
        continue;
      }
      sequence++;
      UUID id = UUID.randomUUID();
      List<PathwayOption> options = new ArrayList<>(past.options().size());
      for (PlannedOption o : past.options()) {
        options.add(o.option().forClient("e" + sequence + "-" + o.id(), id));
      }
      boolean minor = member.profile().birthDate() != null && member.profile().ageOn(today) < 18;
      arrivals.add(
          new ExpectedArrival(
              id, ClientAssignment.priorityWeight(minor, member.headOfHousehold(), 0), options));
    }
    return arrivals;
  }

  /** The capacities of both lists, each place once (the first list's count wins). */
  static <T, K> List<T> union(List<T> first, List<T> second, Function<T, K> key) {
    Map<K, T> all = new LinkedHashMap<>();
    first.forEach(t -> all.putIfAbsent(key.apply(t), t));
    second.forEach(t -> all.putIfAbsent(key.apply(t), t));
    return List.copyOf(all.values());
  }

  static List<IntakeSeats> intakes(List<IntakeSeats> a, List<IntakeSeats> b) {
    return union(a, b, IntakeSeats::intakeId);
  }

  static List<VacancyPositions> vacancies(List<VacancyPositions> a, List<VacancyPositions> b) {
    return union(a, b, VacancyPositions::vacancyId);
  }

  static List<MarketRoom> markets(List<MarketRoom> a, List<MarketRoom> b) {
    return union(a, b, MarketRoom::marketKey);
  }
}
