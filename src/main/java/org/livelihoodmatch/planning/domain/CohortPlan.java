package org.livelihoodmatch.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Planning solution: one cohort (for example everyone leaving the shelters next quarter), the
 * capacities its clients compete for, the weights of the plan, and, once solved, each client's
 * pathway and the score.
 *
 * <p>The score has three levels: hard (capacities and the household loan rule: must be 0 for a plan
 * that can be carried out), medium (clients left without a pathway, by priority) and soft (quality
 * of the pathways given). A capacity the plan has no fact for does not limit the plan: the
 * application must give one fact per intake, vacancy, loan product and market its pathways use.
 */
@PlanningSolution
public class CohortPlan {

  @PlanningEntityCollectionProperty private List<ClientAssignment> assignments;

  /**
   * Every client's options, as facts: multi-threaded solving looks planning values up among the
   * solution's facts, and per-client value ranges are not.
   */
  @ProblemFactCollectionProperty private List<PathwayOption> pathwayOptions;

  @ProblemFactCollectionProperty private List<IntakeSeats> intakeSeats;

  @ProblemFactCollectionProperty private List<VacancyPositions> vacancyPositions;

  @ProblemFactCollectionProperty private List<LoanFund> loanFunds;

  @ProblemFactCollectionProperty private List<MarketRoom> marketRooms;

  /** The seats, positions and market room above under one key each. */
  @ProblemFactCollectionProperty private List<CapacityLimit> capacityLimits;

  @ConstraintConfigurationProvider private CohortWeights weights;

  @PlanningScore private HardMediumSoftLongScore score;

  /** For OptaPlanner's cloner only. */
  protected CohortPlan() {}

  /** A plan with the default weights. */
  public CohortPlan(
      List<ClientAssignment> assignments,
      List<IntakeSeats> intakeSeats,
      List<VacancyPositions> vacancyPositions,
      List<LoanFund> loanFunds,
      List<MarketRoom> marketRooms) {
    this(assignments, intakeSeats, vacancyPositions, loanFunds, marketRooms, new CohortWeights());
  }

  public CohortPlan(
      List<ClientAssignment> assignments,
      List<IntakeSeats> intakeSeats,
      List<VacancyPositions> vacancyPositions,
      List<LoanFund> loanFunds,
      List<MarketRoom> marketRooms,
      CohortWeights weights) {
    this.assignments = new ArrayList<>(assignments);
    this.pathwayOptions =
        assignments.stream().flatMap(a -> a.getOptions().stream()).distinct().toList();
    this.intakeSeats = List.copyOf(intakeSeats);
    this.vacancyPositions = List.copyOf(vacancyPositions);
    this.loanFunds = List.copyOf(loanFunds);
    this.marketRooms = List.copyOf(marketRooms);
    List<CapacityLimit> limits = new ArrayList<>();
    intakeSeats.forEach(
        s ->
            limits.add(
                new CapacityLimit(
                    new CapacityKey(CapacityKey.Kind.INTAKE, s.intakeId()), s.seats())));
    vacancyPositions.forEach(
        v ->
            limits.add(
                new CapacityLimit(
                    new CapacityKey(CapacityKey.Kind.VACANCY, v.vacancyId()), v.positions())));
    marketRooms.forEach(
        m ->
            limits.add(
                new CapacityLimit(
                    new CapacityKey(CapacityKey.Kind.MARKET, m.marketKey()), m.newBusinesses())));
    this.capacityLimits = List.copyOf(limits);
    java.util.Set<CapacityKey> noPlaces = new java.util.HashSet<>();
    limits.stream().filter(l -> l.capacity() == 0).forEach(l -> noPlaces.add(l.key()));
    this.assignments.forEach(a -> a.forgetWishesFor(noPlaces));
    this.weights = weights;
  }

  /** The same facts and weights with other assignments (for example the greedy baseline's). */
  public CohortPlan withAssignments(List<ClientAssignment> otherAssignments) {
    return new CohortPlan(
        otherAssignments, intakeSeats, vacancyPositions, loanFunds, marketRooms, weights);
  }

  /** The assignment of one client, if the client is in this plan. */
  public Optional<ClientAssignment> assignmentOf(UUID clientId) {
    return assignments.stream().filter(a -> a.getClientId().equals(clientId)).findFirst();
  }

  /** Clients in the order they were given (the order of registration for the baseline). */
  public List<ClientAssignment> getAssignments() {
    return assignments;
  }

  /** The options of all clients of the plan. */
  public List<PathwayOption> getPathwayOptions() {
    return pathwayOptions;
  }

  public List<IntakeSeats> getIntakeSeats() {
    return intakeSeats;
  }

  public List<VacancyPositions> getVacancyPositions() {
    return vacancyPositions;
  }

  public List<LoanFund> getLoanFunds() {
    return loanFunds;
  }

  public List<MarketRoom> getMarketRooms() {
    return marketRooms;
  }

  public List<CapacityLimit> getCapacityLimits() {
    return capacityLimits;
  }

  public CohortWeights getWeights() {
    return weights;
  }

  /** The score of the last solve or score update; null before. */
  public HardMediumSoftLongScore getScore() {
    return score;
  }

  public void setScore(HardMediumSoftLongScore score) {
    this.score = score;
  }
}
