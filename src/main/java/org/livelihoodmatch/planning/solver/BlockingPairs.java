package org.livelihoodmatch.planning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.livelihoodmatch.planning.domain.CapacityKey;
import org.livelihoodmatch.planning.domain.CapacityLimit;
import org.livelihoodmatch.planning.domain.ClientAssignment;
import org.livelihoodmatch.planning.domain.CohortPlan;
import org.livelihoodmatch.planning.domain.LoanFund;
import org.livelihoodmatch.planning.domain.PathwayOption;

/**
 * The blocking pairs of a plan, counted as {@code benchmarks/README.md} defines them: a client and
 * one of her pathways that both would rather have each other than what the plan gave. She wants it
 * more ({@link PathwayOption#MOST_WANTED_FIRST}) than her pathway, or has none; and every place it
 * takes is free or held by a client of lower priority than hers, and its loan, if any, fits in what
 * the fund has left. A plan without blocking pairs passes nobody over without a reason.
 */
public final class BlockingPairs {

  /**
   * One blocking pair.
   *
   * @param clientId the client passed over
   * @param wantedPathwayId the pathway she wants more
   * @param givenPathwayId the pathway she has, or null
   * @param heldBy the clients of lower priority who hold its places (empty when they are free)
   */
  public record BlockingPair(
      UUID clientId, String wantedPathwayId, String givenPathwayId, List<UUID> heldBy) {}

  private BlockingPairs() {}

  /** The plan's blocking pairs, by client in the plan's order, then most wanted first. */
  public static List<BlockingPair> of(CohortPlan plan) {
    Map<CapacityKey, Integer> capacity = new HashMap<>();
    for (CapacityLimit limit : plan.getCapacityLimits()) {
      capacity.put(limit.key(), limit.capacity());
    }
    Map<String, Long> funds = new HashMap<>();
    for (LoanFund fund : plan.getLoanFunds()) {
      funds.put(fund.productCode(), fund.fundCents());
    }
    Map<CapacityKey, List<ClientAssignment>> holders = new HashMap<>();
    Map<String, Long> lent = new HashMap<>();
    for (ClientAssignment a : plan.getAssignments()) {
      PathwayOption p = a.getPathway();
      if (p != null) {
        p.capacityKeys().forEach(k -> holders.computeIfAbsent(k, x -> new ArrayList<>()).add(a));
        if (p.loanProductCode() != null) {
          lent.merge(p.loanProductCode(), p.loanAmountCents(), Long::sum);
        }
      }
    }
    List<BlockingPair> pairs = new ArrayList<>();
    for (ClientAssignment a : plan.getAssignments()) {
      for (var wish : a.wishes()) {
        PathwayOption wanted = wish.option();
        List<UUID> displaced = displaced(a, wanted, capacity, holders);
        if (displaced != null && loanFits(a, wanted, funds, lent)) {
          pairs.add(
              new BlockingPair(
                  a.getClientId(),
                  wanted.id(),
                  a.getPathway() == null ? null : a.getPathway().id(),
                  displaced));
        }
      }
    }
    return pairs;
  }

  /**
   * The lower-priority holders she would displace, or null when a place is full of clients of at
   * least her priority (in a plan that keeps its capacities, the same as: it has room, or a holder
   * of lower priority).
   */
  private static List<UUID> displaced(
      ClientAssignment a,
      PathwayOption wanted,
      Map<CapacityKey, Integer> capacity,
      Map<CapacityKey, List<ClientAssignment>> holders) {
    Set<UUID> displaced = new LinkedHashSet<>();
    for (CapacityKey key : wanted.capacityKeys()) {
      Integer places = capacity.get(key);
      if (places == null) {
        continue;
      }
      List<ClientAssignment> others =
          holders.getOrDefault(key, List.of()).stream().filter(h -> h != a).toList();
      long atLeastHers =
          others.stream().filter(h -> h.getPriorityWeight() >= a.getPriorityWeight()).count();
      if (atLeastHers >= places) {
        return null;
      }
      if (others.size() >= places) {
        others.stream()
            .filter(h -> h.getPriorityWeight() < a.getPriorityWeight())
            .min(Comparator.comparingInt(ClientAssignment::getPriorityWeight))
            .ifPresent(h -> displaced.add(h.getClientId()));
      }
    }
    return List.copyOf(displaced);
  }

  private static boolean loanFits(
      ClientAssignment a, PathwayOption wanted, Map<String, Long> funds, Map<String, Long> lent) {
    String product = wanted.loanProductCode();
    if (product == null || !funds.containsKey(product)) {
      return true;
    }
    PathwayOption held = a.getPathway();
    long own = held != null && product.equals(held.loanProductCode()) ? held.loanAmountCents() : 0;
    return lent.getOrDefault(product, 0L) - own + wanted.loanAmountCents() <= funds.get(product);
  }
}
