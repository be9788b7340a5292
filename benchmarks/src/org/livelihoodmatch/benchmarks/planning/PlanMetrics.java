package org.livelihoodmatch.benchmarks.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * What a plan achieves for the people in it, for the benchmark table.
 *
 * <p>Every option meets the living-cost threshold by construction (the generator drops the others),
 * so clients placed at or above the threshold are the clients placed. A <em>blocking pair</em> is a
 * client and one of her options that both would rather have each other than what the plan gave:
 * she prefers it (better preference rank, then larger surplus) to her pathway or to none, and every
 * capacity it draws on either has room left or holds a client of lower priority than hers (the
 * planners' own order: minors, heads of household, the longest waiting).
 */
record PlanMetrics(
    HardMediumSoftLongScore score,
    int clients,
    int placed,
    int topThree,
    int blockingPairs) {

  private static final Comparator<PathwayOption> MOST_WANTED_FIRST =
      Comparator.comparingInt(PathwayOption::preferenceOrder)
          .thenComparing(PathwayOption::surplusCents, Comparator.reverseOrder())
          .thenComparing(PathwayOption::id);

  long hardViolations() {
    return -score.hardScore();
  }

  double topThreeShare() {
    return clients == 0 ? 0 : (double) topThree / clients;
  }

  static PlanMetrics of(CohortPlan plan) {
    int placed = 0;
    int topThree = 0;
    for (ClientAssignment a : plan.getAssignments()) {
      PathwayOption p = a.getPathway();
      if (p != null) {
        placed++;
        if (p.preferenceRank() >= 1 && p.preferenceRank() <= 3) {
          topThree++;
        }
      }
    }
    return new PlanMetrics(
        plan.getScore(), plan.getAssignments().size(), placed, topThree, blockingPairs(plan));
  }

  private static int blockingPairs(CohortPlan plan) {
    Map<Object, Integer> capacity = new HashMap<>();
    plan.getIntakeSeats().forEach(s -> capacity.put(key(s), s.seats()));
    plan.getVacancyPositions().forEach(v -> capacity.put(key(v), v.positions()));
    plan.getMarketRooms().forEach(m -> capacity.put(key(m), m.newBusinesses()));
    Map<String, Long> funds = new HashMap<>();
    plan.getLoanFunds().forEach(f -> funds.put(f.productCode(), f.fundCents()));
    Map<Object, List<ClientAssignment>> holders = new HashMap<>();
    Map<String, Long> lent = new HashMap<>();
    for (ClientAssignment a : plan.getAssignments()) {
      PathwayOption p = a.getPathway();
      if (p != null) {
        keys(p).forEach(k -> holders.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
        if (p.loanProductCode() != null) {
          lent.merge(p.loanProductCode(), p.loanAmountCents(), Long::sum);
        }
      }
    }
    int pairs = 0;
    for (ClientAssignment a : plan.getAssignments()) {
      for (PathwayOption o : a.getOptions()) {
        boolean prefers =
            a.getPathway() == null
                ? true
                : !o.equals(a.getPathway()) && MOST_WANTED_FIRST.compare(o, a.getPathway()) < 0;
        if (prefers && accepts(a, o, capacity, holders, funds, lent)) {
          pairs++;
        }
      }
    }
    return pairs;
  }

  private static boolean accepts(
      ClientAssignment a,
      PathwayOption o,
      Map<Object, Integer> capacity,
      Map<Object, List<ClientAssignment>> holders,
      Map<String, Long> funds,
      Map<String, Long> lent) {
    for (Object key : keys(o)) {
      Integer cap = capacity.get(key);
      if (cap == null) {
        continue;
      }
      List<ClientAssignment> others =
          holders.getOrDefault(key, List.of()).stream().filter(h -> h != a).toList();
      boolean room = others.size() < cap;
      boolean displaces =
          others.stream().anyMatch(h -> h.getPriorityWeight() < a.getPriorityWeight());
      if (!room && !displaces) {
        return false;
      }
    }
    if (o.loanProductCode() != null && funds.containsKey(o.loanProductCode())) {
      long own =
          a.getPathway() != null && o.loanProductCode().equals(a.getPathway().loanProductCode())
              ? a.getPathway().loanAmountCents()
              : 0;
      long used = lent.getOrDefault(o.loanProductCode(), 0L) - own;
      return used + o.loanAmountCents() <= funds.get(o.loanProductCode());
    }
    return true;
  }

  private static List<Object> keys(PathwayOption p) {
    List<Object> keys = new ArrayList<>();
    if (p.intakeId() != null) {
      keys.add(new IntakeKey(p.intakeId()));
    }
    if (p.vacancyId() != null) {
      keys.add(new VacancyKey(p.vacancyId()));
    }
    if (p.marketKey() != null) {
      keys.add(new MarketKey(p.marketKey()));
    }
    return keys;
  }

  private static Object key(IntakeSeats s) {
    return new IntakeKey(s.intakeId());
  }

  private static Object key(VacancyPositions v) {
    return new VacancyKey(v.vacancyId());
  }

  private static Object key(MarketRoom m) {
    return new MarketKey(m.marketKey());
  }

  private record IntakeKey(UUID id) {}

  private record VacancyKey(UUID id) {}

  private record MarketKey(String key) {}
}
