package org.livelihoodmatch.benchmarks.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.CohortWeights;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;

/**
 * A cohort instance spread over a year ({@link LookAheadSimulation}): each client arrives in a month
 * drawn uniformly, each vacancy opens in a month and stays open {@value #VACANCY_MONTHS} months,
 * each intake starts in a month and enrols from {@value #ENROL_AHEAD} months before. Markets and
 * loan funds are the year's. The instance's pathways stay as generated; only when they can be
 * taken changes.
 */
record Year(
    List<ClientAssignment> clients,
    Map<UUID, Integer> arrival,
    Map<UUID, Integer> vacancyOpens,
    Map<UUID, Integer> intakeStarts,
    CohortPlan instance,
    Map<UUID, Integer> weights) {

  static final int MONTHS = 12;
  static final int WAIT_MONTHS = 3;
  static final int VACANCY_MONTHS = 2;
  static final int ENROL_AHEAD = 2;

  static Year of(CohortPlan problem, Random random) {
    Map<UUID, Integer> arrival = new HashMap<>();
    problem.getAssignments().forEach(a -> arrival.put(a.getClientId(), random.nextInt(MONTHS)));
    Map<UUID, Integer> opens = new HashMap<>();
    problem.getVacancyPositions().forEach(v -> opens.put(v.vacancyId(), random.nextInt(MONTHS)));
    Map<UUID, Integer> starts = new HashMap<>();
    problem.getIntakeSeats().forEach(s -> starts.put(s.intakeId(), random.nextInt(MONTHS)));
    Map<UUID, Integer> weights = new HashMap<>();
    problem.getAssignments().forEach(a -> weights.put(a.getClientId(), a.getPriorityWeight()));
    return new Year(
        List.copyOf(problem.getAssignments()), arrival, opens, starts, problem, weights);
  }

  /** Whether the pathway can be taken in {@code month}: its vacancy open, its intake enrolling. */
  boolean open(PathwayOption o, int month) {
    if (o.vacancyId() != null) {
      int opens = vacancyOpens.get(o.vacancyId());
      if (month < opens || month >= opens + VACANCY_MONTHS) {
        return false;
      }
    }
    if (o.intakeId() != null) {
      int start = intakeStarts.get(o.intakeId());
      return month >= start - ENROL_AHEAD && month <= start;
    }
    return true;
  }

  /**
   * Whether a planner in month {@code now} knows the pathway will be open in {@code month}: a
   * vacancy must have opened already (later ones are unknown); intakes are announced ahead.
   */
  boolean knownOpen(PathwayOption o, int now, int month) {
    return open(o, month) && (o.vacancyId() == null || vacancyOpens.get(o.vacancyId()) <= now);
  }

  /** A client's priority weight as the instance gives it (what the year's outcome counts). */
  int weight(UUID client) {
    return weights.get(client);
  }

  /** The clients waiting in {@code month}: arrived, for at most {@value #WAIT_MONTHS} months. */
  List<ClientAssignment> presentIn(int month) {
    List<ClientAssignment> present = new ArrayList<>();
    for (ClientAssignment c : clients) {
      int a = arrival.get(c.getClientId());
      if (a <= month && month < a + WAIT_MONTHS) {
        present.add(c);
      }
    }
    return present;
  }

  /** The clients who arrived in months {@code from..to}. */
  List<ClientAssignment> arrivedIn(int from, int to) {
    return clients.stream()
        .filter(c -> arrival.get(c.getClientId()) >= from && arrival.get(c.getClientId()) <= to)
        .toList();
  }

  Remaining remaining() {
    return new Remaining(this);
  }

  /** The year's capacities as placements use them up. */
  static final class Remaining {
    private final Map<UUID, Integer> seats = new HashMap<>();
    private final Map<UUID, VacancyPositions> vacancies = new HashMap<>();
    private final Map<UUID, Integer> positions = new HashMap<>();
    private final Map<String, Integer> markets = new HashMap<>();
    private final Map<String, Long> funds = new HashMap<>();
    private final Set<List<Object>> familyLoans = new HashSet<>();

    Remaining(Year year) {
      year.instance.getIntakeSeats().forEach(s -> seats.put(s.intakeId(), s.seats()));
      year.instance.getVacancyPositions()
          .forEach(
              v -> {
                vacancies.put(v.vacancyId(), v);
                positions.put(v.vacancyId(), v.positions());
              });
      year.instance.getMarketRooms().forEach(m -> markets.put(m.marketKey(), m.newBusinesses()));
      year.instance.getLoanFunds().forEach(f -> funds.put(f.productCode(), f.fundCents()));
    }

    /** Whether a place is left for the pathway. */
    boolean fits(ClientAssignment client, PathwayOption o) {
      return (o.intakeId() == null || seats.getOrDefault(o.intakeId(), 0) > 0)
          && (o.vacancyId() == null || positions.getOrDefault(o.vacancyId(), 0) > 0)
          && (o.marketKey() == null || markets.getOrDefault(o.marketKey(), 0) > 0)
          && (o.loanProductCode() == null
              || funds.getOrDefault(o.loanProductCode(), Long.MAX_VALUE) >= o.loanAmountCents())
          && !(o.drawsFamilyLivelihoodLoan()
              && client.getHouseholdId() != null
              && familyLoans.contains(familyLoan(client, o)));
    }

    /** Her pathways open in {@code month} with a place left. */
    List<PathwayOption> usable(Year year, ClientAssignment client, int month) {
      return client.getOptions().stream()
          .filter(o -> year.open(o, month) && fits(client, o))
          .toList();
    }

    void take(ClientAssignment client, PathwayOption o) {
      if (o.intakeId() != null) {
        seats.merge(o.intakeId(), -1, Integer::sum);
      }
      if (o.vacancyId() != null) {
        positions.merge(o.vacancyId(), -1, Integer::sum);
      }
      if (o.marketKey() != null) {
        markets.merge(o.marketKey(), -1, Integer::sum);
      }
      if (o.loanProductCode() != null && funds.containsKey(o.loanProductCode())) {
        funds.merge(o.loanProductCode(), -o.loanAmountCents(), Long::sum);
      }
      if (o.drawsFamilyLivelihoodLoan() && client.getHouseholdId() != null) {
        familyLoans.add(familyLoan(client, o));
      }
    }

    /** A month's problem: these clients against what is left of every place they could take. */
    CohortPlan problem(List<ClientAssignment> clients, CohortWeights weights) {
      Set<UUID> intakes = new HashSet<>();
      Set<UUID> jobs = new HashSet<>();
      Set<String> markets = new HashSet<>();
      for (ClientAssignment c : clients) {
        for (PathwayOption o : c.getOptions()) {
          if (o.intakeId() != null) {
            intakes.add(o.intakeId());
          }
          if (o.vacancyId() != null) {
            jobs.add(o.vacancyId());
          }
          if (o.marketKey() != null) {
            markets.add(o.marketKey());
          }
        }
      }
      return new CohortPlan(
          clients,
          intakes.stream().map(i -> new IntakeSeats(i, seats.get(i))).toList(),
          jobs.stream()
              .map(
                  v ->
                      new VacancyPositions(
                          v, vacancies.get(v).employerId(), positions.get(v)))
              .toList(),
          funds.entrySet().stream().map(e -> new LoanFund(e.getKey(), e.getValue())).toList(),
          markets.stream().map(m -> new MarketRoom(m, this.markets.get(m))).toList(),
          weights);
    }

    private static List<Object> familyLoan(ClientAssignment client, PathwayOption o) {
      return List.of(client.getHouseholdId(), o.familyLivelihoodCode());
    }
  }
}
