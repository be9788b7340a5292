package org.livelihoodmatch.planning.solver;

import static org.livelihoodmatch.planning.solver.justification.Phrases.clients;
import static org.livelihoodmatch.planning.solver.justification.Phrases.count;
import static org.livelihoodmatch.planning.solver.justification.Phrases.money;
import static org.livelihoodmatch.planning.solver.justification.Phrases.shortId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.IntakeSeats;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.MarketRoom;
import org.livelihoodmatch.planning.domain.PathwayOption;
import org.livelihoodmatch.planning.domain.VacancyPositions;
import org.livelihoodmatch.planning.solver.justification.Sentence;
import org.livelihoodmatch.planning.solver.justification.Term;

/**
 * Who holds which capacity of a plan, outside the solver: the greedy baseline fills it client by
 * client, and the explanation asks it which capacity stopped a client's better-preferred pathway.
 * It applies the same rules as the hard constraints of {@link CohortConstraints}, including that a
 * capacity without a fact is not limited.
 */
final class CapacityLedger {

  private record Holder(UUID clientId, UUID householdId, PathwayOption option) {}

  private final Map<UUID, Integer> seats;
  private final Map<UUID, Integer> positions;
  private final Map<String, Long> funds;
  private final Map<String, Integer> room;
  private final Map<Object, List<Holder>> holders = new HashMap<>();

  private CapacityLedger(CohortPlan plan) {
    seats = index(plan.getIntakeSeats(), IntakeSeats::intakeId, IntakeSeats::seats);
    positions =
        index(plan.getVacancyPositions(), VacancyPositions::vacancyId, VacancyPositions::positions);
    funds = index(plan.getLoanFunds(), LoanFund::productCode, LoanFund::fundCents);
    room = index(plan.getMarketRooms(), MarketRoom::marketKey, MarketRoom::newBusinesses);
  }

  /** A ledger of the plan's capacities with nothing taken yet. */
  static CapacityLedger empty(CohortPlan plan) {
    return new CapacityLedger(plan);
  }

  /** A ledger of the plan's capacities as its current assignments take them. */
  static CapacityLedger ofAssignments(CohortPlan plan) {
    CapacityLedger ledger = new CapacityLedger(plan);
    for (ClientAssignment assignment : plan.getAssignments()) {
      if (assignment.getPathway() != null) {
        ledger.take(assignment, assignment.getPathway());
      }
    }
    return ledger;
  }

  /** Records that the client takes what the pathway draws on. */
  void take(ClientAssignment client, PathwayOption option) {
    Holder holder = new Holder(client.getClientId(), client.getHouseholdId(), option);
    for (Object key : keys(client, option)) {
      holders.computeIfAbsent(key, k -> new ArrayList<>()).add(holder);
    }
  }

  /** Whether the client could take the pathway without breaking a capacity. */
  boolean fits(ClientAssignment client, PathwayOption option) {
    return shortages(client, option).isEmpty();
  }

  /**
   * What would stop the client from taking the pathway given what the other clients hold (the
   * client's own holdings do not count), one sentence per capacity; empty when it fits.
   */
  List<String> shortages(ClientAssignment client, PathwayOption option) {
    return shortfalls(client, option).stream().map(Shortfall::english).toList();
  }

  /** The same as {@link #shortages}, as sentences for the plan pages. */
  List<Sentence> shortageSentences(ClientAssignment client, PathwayOption option) {
    return shortfalls(client, option).stream().map(Shortfall::sentence).toList();
  }

  /** One capacity that stops a pathway, in English for the API and as a sentence for pages. */
  private record Shortfall(String english, Sentence sentence) {}

  private List<Shortfall> shortfalls(ClientAssignment client, PathwayOption option) {
    UUID self = client.getClientId();
    List<Shortfall> reasons = new ArrayList<>();
    if (option.intakeId() != null && seats.containsKey(option.intakeId())) {
      List<Holder> others = others(new IntakeKey(option.intakeId()), self);
      int capacity = seats.get(option.intakeId());
      if (others.size() >= capacity) {
        reasons.add(
            new Shortfall(
                "intake "
                    + shortId(option.intakeId())
                    + " is full: "
                    + wentTo(capacity, "seat", "seats", others),
                full("intake", new Term.Intake(option.intakeId()), capacity, others)));
      }
    }
    if (option.vacancyId() != null && positions.containsKey(option.vacancyId())) {
      List<Holder> others = others(new VacancyKey(option.vacancyId()), self);
      int capacity = positions.get(option.vacancyId());
      if (others.size() >= capacity) {
        reasons.add(
            new Shortfall(
                "vacancy "
                    + shortId(option.vacancyId())
                    + " is full: "
                    + wentTo(capacity, "position", "positions", others),
                full("vacancy", new Term.Vacancy(option.vacancyId()), capacity, others)));
      }
    }
    if (option.loanProductCode() != null && funds.containsKey(option.loanProductCode())) {
      List<Holder> others = others(new LoanKey(option.loanProductCode()), self);
      long lent = others.stream().mapToLong(h -> h.option().loanAmountCents()).sum();
      long fund = funds.get(option.loanProductCode());
      if (lent + option.loanAmountCents() > fund) {
        reasons.add(
            new Shortfall(
                "the fund of loan product "
                    + option.loanProductCode()
                    + " is spent: "
                    + money(lent)
                    + " of its "
                    + money(fund)
                    + (others.isEmpty() ? "" : " is lent to " + clients(ids(others)))
                    + ", and this loan needs "
                    + money(option.loanAmountCents()),
                Sentence.of(
                    others.isEmpty() ? "plan.say.short.fund" : "plan.say.short.fundLent",
                    new Term.Loan(option.loanProductCode()),
                    new Term.Money(lent),
                    new Term.Money(fund),
                    new Term.Money(option.loanAmountCents()),
                    new Term.Clients(ids(others)))));
      }
    }
    if (option.marketKey() != null && room.containsKey(option.marketKey())) {
      List<Holder> others = others(new MarketKey(option.marketKey()), self);
      int capacity = room.get(option.marketKey());
      if (others.size() >= capacity) {
        reasons.add(
            new Shortfall(
                "market "
                    + option.marketKey()
                    + " is full: "
                    + wentTo(
                        capacity, "place for a new business", "places for new businesses", others),
                full("market", new Term.Market(option.marketKey()), capacity, others)));
      }
    }
    if (client.getHouseholdId() != null && option.drawsFamilyLivelihoodLoan()) {
      List<Holder> others =
          others(new FamilyLoanKey(client.getHouseholdId(), option.familyLivelihoodCode()), self);
      if (!others.isEmpty()) {
        reasons.add(
            new Shortfall(
                clients(ids(others))
                    + " of the same household already draws the family livelihood loan for "
                    + option.familyLivelihoodCode(),
                Sentence.of(
                    "plan.say.short.familyLoan",
                    new Term.Clients(ids(others)),
                    new Term.FamilyLivelihood(option.familyLivelihoodCode()))));
      }
    }
    return reasons;
  }

  /** "{place} is full: its {n} seats went to {clients}", or "has none for this plan". */
  private static Sentence full(String what, Term place, int capacity, List<Holder> others) {
    return capacity == 0
        ? Sentence.of("plan.say.short." + what + ".none", place)
        : Sentence.of("plan.say.short." + what, place, capacity, new Term.Clients(ids(others)));
  }

  private List<Object> keys(ClientAssignment client, PathwayOption option) {
    List<Object> keys = new ArrayList<>();
    if (option.intakeId() != null) {
      keys.add(new IntakeKey(option.intakeId()));
    }
    if (option.vacancyId() != null) {
      keys.add(new VacancyKey(option.vacancyId()));
    }
    if (option.loanProductCode() != null) {
      keys.add(new LoanKey(option.loanProductCode()));
    }
    if (option.marketKey() != null) {
      keys.add(new MarketKey(option.marketKey()));
    }
    if (client.getHouseholdId() != null && option.drawsFamilyLivelihoodLoan()) {
      keys.add(new FamilyLoanKey(client.getHouseholdId(), option.familyLivelihoodCode()));
    }
    return keys;
  }

  private List<Holder> others(Object key, UUID self) {
    return holders.getOrDefault(key, List.of()).stream()
        .filter(h -> !h.clientId().equals(self))
        .toList();
  }

  private static String wentTo(int capacity, String unit, String units, List<Holder> others) {
    if (capacity == 0) {
      return "it has no " + units + " for this plan";
    }
    return "its " + count(capacity, unit, units) + " went to " + clients(ids(others));
  }

  private static List<UUID> ids(List<Holder> holders) {
    return holders.stream().map(Holder::clientId).sorted().toList();
  }

  private static <T, K, V> Map<K, V> index(
      List<T> facts, Function<T, K> key, Function<T, V> value) {
    return facts.stream().collect(Collectors.toMap(key, value, (a, b) -> a));
  }

  private record IntakeKey(UUID id) {}

  private record VacancyKey(UUID id) {}

  private record LoanKey(String code) {}

  private record MarketKey(String key) {}

  private record FamilyLoanKey(UUID householdId, String familyLivelihoodCode) {}
}
