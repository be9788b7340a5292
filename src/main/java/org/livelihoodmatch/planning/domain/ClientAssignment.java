package org.livelihoodmatch.planning.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * Planning entity: one client of the cohort and the pathway the plan gives her, chosen from her own
 * feasible pathways ({@link #getOptions()}, a per-client value range) or none ({@code null}) when
 * the cohort's capacities leave nothing for her.
 *
 * <p>A pinned assignment is a decision the planner has already taken: the solver keeps it and plans
 * everyone else around it.
 */
@PlanningEntity(difficultyComparatorClass = ClientAssignmentDifficulty.class)
public class ClientAssignment {

  /** Id of the per-client value range. */
  public static final String OPTIONS_RANGE = "options";

  /** Added to the weight of a client under 18. */
  public static final int MINOR_WEIGHT = 2;

  /** Added to the weight of a client who heads a household. */
  public static final int HEAD_OF_HOUSEHOLD_WEIGHT = 2;

  /** Weeks of waiting that add one to the weight. */
  public static final int WEEKS_PER_WAITING_POINT = 4;

  /** The most that waiting adds, so that waiting alone never outweighs both needs above. */
  public static final int MAX_WAITING_POINTS = 4;

  /**
   * In a plan that looks ahead, a client present weighs this many expected arrivals of her
   * priority: an arrival is a draw from the past, not a person waiting, and may not come. Measured
   * in benchmarks/README.md "Looking ahead" against 1 and 4.
   */
  public static final int PRESENT_OVER_EXPECTED = 2;

  @PlanningId private UUID clientId;
  private UUID householdId;
  private int priorityWeight;

  @ValueRangeProvider(id = OPTIONS_RANGE)
  private List<PathwayOption> options;

  /**
   * The options, most wanted first ({@link PathwayOption#MOST_WANTED_FIRST}), without those that
   * take a place the plan has none of (see {@link #forgetWishesFor}).
   */
  private List<PathwayOption> wishList;

  @PlanningPin private boolean pinned;

  /**
   * An expected arrival (issue 14, look-ahead): a client drawn from the organisation's history who
   * may arrive within the plan's horizon. She holds a place the plan reserves for such arrivals, at
   * a discounted weight, but is never placed, stored or shown, and wishes for nothing (nobody can
   * pass her over).
   */
  private boolean expected;

  @PlanningVariable(valueRangeProviderRefs = OPTIONS_RANGE, nullable = true)
  private PathwayOption pathway;

  /** For OptaPlanner's cloner only. */
  protected ClientAssignment() {}

  /**
   * A client to plan, not yet assigned.
   *
   * @param householdId the client's household, shared with family members in the same plan; may be
   *     null when unknown (then no household rule applies)
   * @param priorityWeight how much leaving this client without a pathway costs, see {@link
   *     #priorityWeight(boolean, boolean, int)}
   * @param options the client's feasible pathways; each must belong to this client
   */
  public ClientAssignment(
      UUID clientId, UUID householdId, int priorityWeight, List<PathwayOption> options) {
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.householdId = householdId;
    if (priorityWeight < 1) {
      throw new IllegalArgumentException("priorityWeight must be >= 1, was " + priorityWeight);
    }
    this.priorityWeight = priorityWeight;
    this.options = List.copyOf(options);
    this.wishList = this.options.stream().sorted(PathwayOption.MOST_WANTED_FIRST).toList();
    for (PathwayOption option : this.options) {
      if (!option.clientId().equals(clientId)) {
        throw new IllegalArgumentException(
            "pathway " + option.id() + " belongs to another client than " + clientId);
      }
    }
  }

  /**
   * The weight of leaving a client without a pathway: {@code 1}, plus {@value #MINOR_WEIGHT} for a
   * minor (under 18: the studies' largest group, with the fewest legal options), plus {@value
   * #HEAD_OF_HOUSEHOLD_WEIGHT} for a head of household (others depend on the income), plus one per
   * {@value #WEEKS_PER_WAITING_POINT} full weeks of waiting up to {@value #MAX_WAITING_POINTS}. So
   * weights run from 1 to 9, and the plan would rather leave three adults who have just registered
   * without a pathway than one minor.
   */
  public static int priorityWeight(boolean minor, boolean headOfHousehold, int weeksWaiting) {
    int waitingPoints =
        Math.min(Math.max(weeksWaiting, 0) / WEEKS_PER_WAITING_POINT, MAX_WAITING_POINTS);
    return 1
        + (minor ? MINOR_WEIGHT : 0)
        + (headOfHousehold ? HEAD_OF_HOUSEHOLD_WEIGHT : 0)
        + waitingPoints;
  }

  /**
   * An expected arrival with these options, see {@link #isExpected()}.
   *
   * @param weight her weight in this plan, already discounted against the clients present
   */
  public static ClientAssignment expectedArrival(
      UUID clientId, UUID householdId, int weight, List<PathwayOption> options) {
    ClientAssignment arrival = new ClientAssignment(clientId, householdId, weight, options);
    arrival.expected = true;
    arrival.wishList = List.of();
    return arrival;
  }

  /** A copy with the same client, options, pathway and pin, for plans built from another plan. */
  public ClientAssignment copy() {
    ClientAssignment copy = new ClientAssignment(clientId, householdId, priorityWeight, options);
    copy.pathway = pathway;
    copy.pinned = pinned;
    if (expected) {
      copy.expected = true;
      copy.wishList = List.of();
    }
    return copy;
  }

  /** Whether this is an expected arrival rather than a client of the plan. */
  public boolean isExpected() {
    return expected;
  }

  /** Keeps this pathway: the solver will not change it. */
  public void pin(PathwayOption option) {
    if (!options.contains(option)) {
      throw new IllegalArgumentException(
          "pathway " + option.id() + " is not one of client " + clientId + "'s options");
    }
    this.pathway = option;
    this.pinned = true;
  }

  /** Lets the solver change the pathway again. */
  public void unpin() {
    this.pinned = false;
  }

  public UUID getClientId() {
    return clientId;
  }

  public UUID getHouseholdId() {
    return householdId;
  }

  public int getPriorityWeight() {
    return priorityWeight;
  }

  public List<PathwayOption> getOptions() {
    return options;
  }

  public boolean isPinned() {
    return pinned;
  }

  public PathwayOption getPathway() {
    return pathway;
  }

  /** Sets the pathway (null: none); used by the solver, mapping code and tests. */
  public void setPathway(PathwayOption pathway) {
    if (pathway != null && !options.contains(pathway)) {
      throw new IllegalArgumentException(
          "pathway " + pathway.id() + " is not one of client " + clientId + "'s options");
    }
    this.pathway = pathway;
  }

  /**
   * Forgets the wishes for pathways that take one of these places: a capacity of zero can be given
   * to nobody, so wanting it passes no one over. The plan calls this with its own capacities.
   */
  void forgetWishesFor(java.util.Set<CapacityKey> noPlaces) {
    if (!noPlaces.isEmpty()) {
      wishList =
          wishList.stream()
              .filter(o -> o.capacityKeys().stream().noneMatch(noPlaces::contains))
              .toList();
    }
  }

  /** The pathways she wants more than the one she has (all of them when she has none). */
  public List<Wish> wishes() {
    List<Wish> wishes = new ArrayList<>();
    for (PathwayOption option : wishList) {
      if (option.equals(pathway)) {
        break;
      }
      wishes.add(new Wish(this, option));
    }
    return wishes;
  }

  /** The places her pathway takes, each with her priority. */
  public List<Holding> holdings() {
    if (pathway == null) {
      return List.of();
    }
    List<CapacityKey> keys = pathway.capacityKeys();
    List<Holding> holdings = new ArrayList<>(keys.size());
    for (CapacityKey key : keys) {
      holdings.add(new Holding(key, priorityWeight));
    }
    return holdings;
  }

  @Override
  public String toString() {
    return "ClientAssignment[" + clientId + " -> " + (pathway == null ? null : pathway.id()) + "]";
  }
}
